import { namedDecisionMakers } from '@handbook/schema';
import { expect, required, test } from '../src/fixtures.ts';

test(
  'the team page lists every person of content/team.yaml under their team',
  { tag: '@phone' },
  async ({ page, repository }) => {
    await page.goto('/team/');
    const { roster } = repository;
    await expect(page.locator('[data-person-id]')).toHaveCount(roster.people.length);
    for (const team of roster.teams) {
      const section = page.locator(`[data-team="${team.id}"]`);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(team.name);
      const members = roster.people.filter((person) => person.team === team.id);
      await expect(section.locator('[data-person-id]')).toHaveCount(members.length);
    }
  },
);

test("a decision-maker's name on an ADR page leads to the person on the team page", async ({
  page,
  repository,
}) => {
  const adr = required(
    repository.entries.adr.find((entry) => namedDecisionMakers(entry.data).length > 0),
    'ADR naming its decision-makers',
  );
  const id = namedDecisionMakers(adr.data)[0];
  await page.goto(`/adr/${adr.id}/`);
  await page.locator(`[data-field="decision-makers"] [data-person-id="${id}"] a`).click();
  await expect(page).toHaveURL(new RegExp(`/team/#${id}$`));
  await expect(page.locator(`li#${id}`)).toBeInViewport();
  // The fixture's people have fewer decisions than the team page names (25), so each is named there.
  await expect(
    page.locator(`li#${id}`).getByRole('link', { name: `ADR ${adr.id.slice(0, 4)}`, exact: true }),
  ).toHaveCount(1);
  // The decision log's page of a person, where the team page sends readers once it stops naming them all, lists every one.
  const theirs = repository.entries.adr.filter((entry) =>
    namedDecisionMakers(entry.data).includes(id ?? ''),
  );
  await page.goto(`/adr/decision-maker/${id}/`);
  await expect(page.locator('[data-adr-table] tbody tr')).toHaveCount(theirs.length);
});

test('people outside the teams come first, and a tenure day shared by all is said once', async ({
  page,
  repository,
}) => {
  await page.goto('/team/');
  const outside = repository.roster.people.filter((person) => person.team === undefined);
  expect(outside.length, 'the fixture has someone outside the teams').toBeGreaterThan(0);
  await expect(page.locator('section[data-team]').first()).toHaveAttribute(
    'data-team',
    'outside-teams',
  );
  const days = new Set(
    repository.roster.people.flatMap((person) => person.tenure?.['as-of'] ?? []),
  );
  expect(days.size, 'every fixture tenure is stated on one day').toBe(1);
  await expect(page.locator('[data-tenure-day] time')).toHaveText([...days]);
  for (const tenure of await page.locator('[data-tenure]').all())
    await expect(tenure).not.toContainText('as of');
});
