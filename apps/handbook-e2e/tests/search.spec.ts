import type { ValidRepository } from '@handbook/content';
import { hrefFor } from '@handbook/schema';
import type { Page } from '@playwright/test';
import { seriousViolations } from '../src/axe.ts';
import { expect, required, test } from '../src/fixtures.ts';

/** Words of a title, lower case, at least six letters. */
function words(title: string): string[] {
  return title.toLowerCase().match(/[a-z]{6,}/g) ?? [];
}

/** An ADR and a word of its title that no other ADR's title has, so a search for it should find that ADR first. */
function distinctiveAdr(repository: ValidRepository) {
  const found = repository.entries.adr.flatMap((adr) => {
    const others = repository.entries.adr
      .filter((other) => other !== adr)
      .flatMap((other) => words(other.data.title));
    const word = words(adr.data.title).find((candidate) => !others.includes(candidate));
    return word === undefined ? [] : [{ adr, word }];
  });
  return required(found[0], 'ADR whose title has a word no other ADR title has');
}

function pagefindRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) requested.push(request.url());
  });
  return requested;
}

test('the search box finds an ADR by a word of its title, loading Pagefind only when the reader types', async ({
  page,
  repository,
}) => {
  const target = distinctiveAdr(repository);
  const requested = pagefindRequests(page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requested, 'Pagefind is not fetched with the page').toEqual([]);

  await page.getByRole('searchbox', { name: 'Search the handbook' }).fill(target.word);
  const first = page.locator('[data-search-box] .search-hit').first();
  await expect(first.getByRole('link')).toHaveAttribute('href', hrefFor('adr', target.adr.id));
  await expect(first.locator('.search-hit-facts')).toHaveText(`ADR · ${target.adr.data.status}`);
  expect(requested.length).toBeGreaterThan(0);
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    'search runs under the Content-Security-Policy',
  ).toEqual([]);
});

test('slash focuses the search box from anywhere, arrows move through the hits, Escape leaves the box, Enter opens the search page', async ({
  page,
  repository,
}) => {
  const target = distinctiveAdr(repository);
  await page.goto(hrefFor('adr', target.adr.id));
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the handbook' });
  await expect(box).toBeFocused();
  await page.keyboard.type(target.word);
  const panel = page.locator('[data-search-results]');
  const firstHit = panel.locator('.search-hit').first().getByRole('link');
  await expect(firstHit).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(firstHit).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(box).not.toBeFocused();
  await expect(box).toHaveValue(target.word);
  // Out of the box, `/` searches again instead of typing a slash into it.
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(target.word);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/search/?q=${target.word}`);
  await expect(page.locator('main .search-hit').first().getByRole('link')).toHaveAttribute(
    'href',
    hrefFor('adr', target.adr.id),
  );
});

test('a type filter narrows the results to that type, and the URL brings back the same search', async ({
  page,
  repository,
}) => {
  const word = 'incident';
  const mentioning = (['adr', 'incident', 'page'] as const).filter((type) =>
    repository.entries[type].some((entry) => entry.body.toLowerCase().includes(word)),
  );
  expect(
    mentioning.length,
    `"${word}" appears in the fixture's ADRs and in another type`,
  ).toBeGreaterThanOrEqual(2);
  expect(mentioning).toContain('adr');
  await page.goto(`/search/?q=${word}`);
  const hits = page.locator('main .search-hit');
  const status = page.locator('main [data-page-status]');
  await expect(status).toHaveText(/^\d+ results?/);
  const all = Number((await status.textContent())?.match(/^\d+/)?.[0]);

  await page.getByLabel('Type').selectOption('ADR');
  await expect(page).toHaveURL(`/search/?q=${word}&type=ADR`);
  await expect(status).toHaveText(/^\d+ results?/);
  const narrowed = Number((await status.textContent())?.match(/^\d+/)?.[0]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  for (const facts of await hits.locator('.search-hit-facts').allTextContents())
    expect(facts).toMatch(/^ADR · /);
  const shown = await hits
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));

  await page.goto(page.url());
  await expect(page.getByLabel('Words to find')).toHaveValue(word);
  await expect(page.getByLabel('Type')).toHaveValue('ADR');
  await expect(status).toHaveText(new RegExp(`^${narrowed} result`));
  expect(
    await hits
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
  ).toEqual(shown);
});

test('search, with its results open, has no serious or critical axe violation in either theme', async ({
  page,
  repository,
}) => {
  const target = distinctiveAdr(repository);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/search/?q=${target.word}`);
    await expect(page.locator('main .search-hit').first()).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search the handbook' }).fill(target.word);
    await expect(page.locator('[data-search-box] .search-hit').first()).toBeVisible();
    expect(await seriousViolations(page), colorScheme).toEqual([]);
  }
});
