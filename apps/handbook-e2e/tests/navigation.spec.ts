import { execFileSync } from 'node:child_process';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { adrStatusShown, CONTENT_TYPES, hrefFor } from '@handbook/schema';
import { expect, FIXTURE_REPOSITORY, required, siteUrl, test } from '../src/fixtures.ts';
import { HOSTILE_REPOSITORY } from '../src/serve-built-site.ts';

test(
  'an entry page has breadcrumbs to its section and links to the previous and next entry',
  { tag: '@phone' },
  async ({ page, repository }) => {
    const adrs = [...repository.entries.adr].sort((a, b) => a.id.localeCompare(b.id));
    const [first, second, third] = [
      required(adrs[0], 'first ADR'),
      required(adrs[1], 'second ADR'),
      required(adrs[2], 'third ADR'),
    ];
    await page.goto(hrefFor('adr', second.id));
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link')).toHaveText(['Dashboard', 'Decisions']);
    await expect(crumbs.locator('[aria-current="page"]')).toContainText(second.data.title);
    await expect(page.locator('[data-previous]')).toHaveAttribute('href', hrefFor('adr', first.id));
    await page.locator('[data-next]').click();
    await expect(page).toHaveURL(new RegExp(`${hrefFor('adr', third.id)}$`));
    await crumbs.getByRole('link', { name: 'Decisions' }).click();
    await expect(page).toHaveURL(/\/adr\/$/);
  },
);

test('the decision log narrows by status, tag, decision-maker and year with plain links', async ({
  page,
  repository,
}) => {
  const adrs = repository.entries.adr;
  const adr = required(
    adrs.find((entry) => entry.data.tags.length > 0 && entry.data.date !== undefined),
    'tagged and dated ADR',
  );
  const year = adr.data.date?.slice(0, 4) ?? '';
  const cases = [
    {
      facet: 'Status',
      value: adrStatusShown(adr.data),
      expected: adrs.filter((other) => other.data.status === adr.data.status),
    },
    {
      facet: 'Year',
      value: year,
      expected: adrs.filter((other) => other.data.date?.startsWith(year)),
    },
    ...adr.data.tags.slice(0, 1).map((tag) => ({
      facet: 'Tag',
      value: tag,
      expected: adrs.filter((other) => other.data.tags.includes(tag)),
    })),
  ];
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/adr/');
  // Each facet is one row, its values beside its name: the log's table starts high on the page.
  const facetRows = await page
    .locator('[data-adr-facets] .facet')
    .evaluateAll((facets) => facets.map((facet) => facet.getBoundingClientRect().height));
  for (const height of facetRows) expect(height).toBeLessThan(60);
  for (const { facet, value, expected } of cases) {
    await page.goto('/adr/');
    await page
      .getByRole('navigation', { name: 'Narrow the decision log' })
      .getByRole('heading', { name: facet })
      .locator('xpath=..')
      .getByRole('link', { name: value, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`${facet}: ${value}`);
    const rows = page.locator('[data-adr-table] tbody tr');
    await expect(rows).toHaveCount(expected.length);
    expect(
      (
        await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-adr-id')))
      ).sort(),
    ).toEqual(expected.map((other) => other.id).sort());
  }
});

test('a tag page lists every entry of any type with that tag', async ({ page, repository }) => {
  const tag = required(repository.entries.adr.flatMap((adr) => adr.data.tags)[0], 'ADR tag');
  const tagged = (['adr', 'incident', 'debt', 'page'] as const).flatMap((type) =>
    (repository.entries[type] as { id: string; data: object }[])
      .filter((entry) => ((entry.data as { tags?: string[] }).tags ?? []).includes(tag))
      .map((entry) => hrefFor(type, entry.id)),
  );
  await page.goto(
    hrefFor('adr', repository.entries.adr.find((adr) => adr.data.tags.includes(tag))?.id ?? ''),
  );
  await page.locator('.metadata').getByRole('link', { name: tag, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tagged “${tag}”`);
  const links = page.locator('[data-tagged] a');
  expect(
    (await links.evaluateAll((found) => found.map((link) => link.getAttribute('href')))).sort(),
  ).toEqual(tagged.sort());
});

test('an entry links to its file on the forge named in package.json, and says when git last changed it', async ({
  page,
  repository,
}) => {
  const adr = required(repository.entries.adr[0], 'ADR');
  await page.goto(`${hrefFor('adr', adr.id)}`);
  await expect(page.locator('[data-edit-link]')).toHaveAttribute(
    'href',
    `https://github.com/example/handbook-fixture/edit/trunk/${adr.file}`,
  );
  await expect(page.locator('[data-edit-link]')).toHaveText(`Edit this ${CONTENT_TYPES.adr.label}`);
  const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', adr.file], {
    cwd: FIXTURE_REPOSITORY,
    encoding: 'utf8',
  }).trim();
  const lastUpdated = page.locator('[data-last-updated] time');
  if (committed === '') await expect(lastUpdated).toHaveCount(0);
  else await expect(lastUpdated).toHaveAttribute('datetime', committed);
});

test('without a repository URL in package.json, pages show no edit link', async ({ page }) => {
  // The hostile repository has no package.json at all.
  await expect(access(path.join(HOSTILE_REPOSITORY, 'package.json'))).rejects.toThrow();
  const file = 'adr/0017-html-comment.md';
  await page.goto(`${siteUrl('HANDBOOK_HOSTILE_URL')}/adr/0017-html-comment/`);
  await expect(page.locator('[data-edit-link]')).toHaveCount(0);
  await expect(page.locator('[data-source] code')).toHaveText(file);
});

test('every page names an icon the site serves, so no browser asks for a missing favicon', async ({
  page,
}) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(response.url());
  });
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  const icon = await page.request.get(href ?? '/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  await page.waitForLoadState('networkidle');
  expect(missing).toEqual([]);
});

test('the header lists every section in one row at 1366 px, the rest under More', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  const header = page.locator('.site-header');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  const leading = nav.locator(':scope > ul > li > a');
  const tops = await leading.evaluateAll((links) =>
    links.map((link) => Math.round(link.getBoundingClientRect().top)),
  );
  expect(new Set(tops).size, 'every leading section on one line').toBe(1);
  expect((await header.boundingBox())?.height).toBeLessThan(80);
  // Every registered type and the team are reachable: in the row, or under More.
  await nav.getByText('More', { exact: true }).click();
  const hrefs = await nav
    .getByRole('link')
    .evaluateAll((links) =>
      links.filter((link) => link.checkVisibility()).map((link) => link.getAttribute('href')),
    );
  expect(hrefs.sort()).toEqual(
    ['/', '/team/', ...Object.values(CONTENT_TYPES).map(({ route }) => route)].sort(),
  );
  await page.keyboard.press('Escape');
  await expect(nav.getByRole('link', { name: 'Team' })).toBeHidden();
});

test(
  'below 1100 px the sections fold behind a Menu button that opens every one of them',
  { tag: '@phone' },
  async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    // The content starts right under the header, not under a column of links.
    expect((await page.getByRole('heading', { level: 1 }).boundingBox())?.y).toBeLessThan(200);
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Decisions' })).toBeVisible();
    await nav.getByText('More', { exact: true }).click();
    await expect(nav.getByRole('link', { name: 'Team' })).toBeVisible();
    await nav.getByRole('link', { name: CONTENT_TYPES.interview.section }).click();
    await expect(page).toHaveURL(new RegExp(`${CONTENT_TYPES.interview.route}$`));
  },
);

test('previous and next on a handbook page follow the sidebar, section by section', async ({
  page,
  repository,
}) => {
  const first = required(repository.entries.page[0], 'handbook page');
  await page.goto(hrefFor('page', first.id));
  const sidebar = page.getByRole('navigation', { name: 'Handbook pages', exact: true });
  const order = await sidebar
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(order.length).toBeGreaterThanOrEqual(3);
  for (const [index, href] of order.entries()) {
    await page.goto(href ?? '/');
    const next = page.locator('[data-next]');
    if (index === order.length - 1) await expect(next).toHaveCount(0);
    else await expect(next).toHaveAttribute('href', order[index + 1] ?? '');
  }
});

test('a page with three sections or more has an "On this page" column at wide widths', async ({
  page,
  repository,
}) => {
  const adr = required(
    repository.entries.adr.find((entry) => (entry.body.match(/^## /gm) ?? []).length >= 3),
    'ADR with three sections',
  );
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(hrefFor('adr', adr.id));
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents).toBeVisible();
  const article = await page.locator('article').boundingBox();
  const column = await contents.boundingBox();
  expect(column!.x, 'beside the article, not under it').toBeGreaterThan(
    article!.x + article!.width - 1,
  );
  for (const href of await contents
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
    await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(contents).toBeHidden();
});
