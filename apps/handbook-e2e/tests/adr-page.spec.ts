import { adrStatusShown, DECIDERS_NOT_RECORDED, namedDecisionMakers } from '@handbook/schema';
import { expect, required, test } from '../src/fixtures.ts';

test('an ADR page shows its status, decision-makers by name and the ADR it supersedes', async ({
  page,
  repository,
}) => {
  const successor = required(
    repository.entries.adr.find((adr) => adr.data.supersedes.length > 0),
    'ADR that supersedes another',
  );
  const predecessor = repository.entries.adr.find((adr) => adr.id === successor.data.supersedes[0]);

  await page.goto(`/adr/${successor.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(successor.data.title);
  await expect(page.locator('.metadata [data-status]')).toHaveText(adrStatusShown(successor.data));

  const names = namedDecisionMakers(successor.data).map(
    (id) => repository.roster.people.find((person) => person.id === id)?.name ?? `missing ${id}`,
  );
  const decisionMakers = page.locator('[data-field="decision-makers"] li');
  await expect(decisionMakers).toHaveCount(names.length);
  for (const [index, name] of names.entries())
    await expect(decisionMakers.nth(index)).toContainText(name);

  await page.locator('[data-field="supersedes"]').getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/adr/${predecessor?.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(predecessor?.data.title ?? '');
  await expect(page.locator('.metadata [data-status]')).toHaveText('superseded');
  await expect(page.locator('[data-superseded-notice]')).toContainText(
    `ADR ${successor.id.slice(0, 4)}`,
  );

  await page.locator('[data-field="superseded-by"]').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/adr/${successor.id}/$`));
});

test('an ADR written to MADR 4 shows its sections, and says its deciders were not recorded', async ({
  page,
  repository,
}) => {
  const madr = required(
    repository.entries.adr.find(
      (adr) =>
        adr.data['decision-makers'] === DECIDERS_NOT_RECORDED &&
        adr.body.includes('## Decision Outcome'),
    ),
    'MADR 4 ADR whose decision-makers are not recorded',
  );
  await page.goto(`/adr/${madr.id}/`);
  await expect(page.locator('[data-field="decision-makers"] dd')).toHaveText('not recorded');
  await expect(page.getByRole('heading', { level: 2 })).toContainText([
    'Context and Problem Statement',
    'Considered Options',
    'Decision Outcome',
  ]);
  await expect(page.getByRole('heading', { level: 3, name: 'Consequences' })).toBeVisible();
});

test('links between ADRs in the body lead to the published pages', async ({ page, repository }) => {
  const linking = required(
    repository.entries.adr.find((adr) => /\]\(\d{4}-[a-z0-9-]+\.md(#[a-z-]+)?\)/.test(adr.body)),
    'ADR whose body links to another ADR',
  );
  await page.goto(`/adr/${linking.id}/`);
  const link = page.locator('.prose a[href^="/adr/"]').first();
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
});

test(
  'an ADR page fits the screen without sideways scrolling',
  { tag: '@phone' },
  async ({ page, repository }) => {
    const longest = [...repository.entries.adr].sort((a, b) => b.body.length - a.body.length)[0];
    await page.goto(`/adr/${longest?.id}/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  },
);
