import { adrStatusShown, CONTENT_TYPES, hrefFor } from '@handbook/schema';
import { expect, test } from '../src/fixtures.ts';

test('a postmortem citing an ADR appears on that ADR, and its action item on the debt item', async ({
  page,
  repository,
}) => {
  const incident = repository.entries.incident.find((entry) =>
    entry.body.includes('../adr/0001-use-queues.md'),
  );
  const withAction = repository.entries.incident.find((entry) =>
    entry.data['action-items'].some((item) => item.debt !== undefined),
  );
  if (incident === undefined || withAction === undefined)
    throw new Error('the fixture lost its postmortem links');
  await page.goto(`/adr/0001-use-queues/`);
  await expect(
    page.locator('[data-referenced-by] li').filter({ hasText: incident.data.title }),
  ).toContainText('links here in its text');
  const debt = withAction.data['action-items'].find((item) => item.debt !== undefined)?.debt ?? '';
  await page.goto(`${hrefFor('debt', debt)}`);
  const item = page.locator('[data-referenced-by] li').filter({ hasText: withAction.data.title });
  await expect(item).toContainText('has an action item on this');
  await item.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(withAction.data.title);
});

test('an entry that references another in two ways is listed once, by kind and title, with both ways', async ({
  page,
  repository,
}) => {
  const incident = repository.entries.incident.find(
    (entry) =>
      entry.data.related.includes('0002-use-postgres') &&
      entry.body.includes('../adr/0002-use-postgres.md'),
  );
  if (incident === undefined)
    throw new Error('the fixture lost its postmortem naming ADR 0002 twice');
  await page.goto('/adr/0002-use-postgres/');
  const items = page.locator('[data-referenced-by] li').filter({ hasText: incident.data.title });
  await expect(items).toHaveCount(1);
  const label = CONTENT_TYPES.incident.label;
  await expect(items).toHaveText(
    `${label[0]?.toUpperCase()}${label.slice(1)} ${incident.data.title} lists this as related; links here in its text`,
  );
});

test('an ADR shows its whole supersession chain, and the graph draws it with a text alternative', async ({
  page,
  repository,
}) => {
  const successor = repository.entries.adr.find((adr) => adr.data.supersedes.length > 0);
  if (successor === undefined) throw new Error('the fixture lost its superseding ADR');
  const predecessor = successor.data.supersedes[0] ?? '';
  for (const id of [successor.id, predecessor]) {
    await page.goto(`/adr/${id}/`);
    const chain = page.locator('[data-supersession-chain] li');
    await expect(chain).toHaveCount(2);
    await expect(chain.nth(0)).toContainText(`ADR ${predecessor.slice(0, 4)}`);
    await expect(chain.nth(1)).toContainText(`ADR ${successor.id.slice(0, 4)}`);
    await expect(page.locator('[data-supersession-chain] [aria-current="page"]')).toContainText(
      `ADR ${id.slice(0, 4)}`,
    );
  }

  await page.goto(`/adr/graph/`);
  const nodes = page.locator('svg.adr-graph a');
  await expect(nodes).toHaveCount(repository.entries.adr.length);
  await expect(page.locator('svg.adr-graph path.edge-supersedes')).toHaveCount(1);
  await expect(
    page.locator('[data-graph-relations] li').filter({ hasText: 'supersedes' }),
  ).toHaveText(
    `ADR ${successor.id.slice(0, 4)} (${successor.data.title}) supersedes ADR ${predecessor.slice(0, 4)} (${repository.entries.adr.find((adr) => adr.id === predecessor)?.data.title})`,
  );
  // The legend shows what is drawn: each kind of relation present, each status present.
  const legend = page.getByRole('list', { name: 'Legend' });
  for (const status of new Set(repository.entries.adr.map((adr) => adrStatusShown(adr.data))))
    await expect(legend).toContainText(status);
  await nodes.first().locator('circle').click();
  await expect(page).toHaveURL(
    new RegExp(
      `/adr/${[...repository.entries.adr].sort((a, b) => a.id.localeCompare(b.id))[0]?.id}/$`,
    ),
  );
});

test('the graph of the handbook lists every ADR and one text line per drawn relation', async ({
  page,
  repository,
}) => {
  await page.goto('/adr/graph/');
  await expect(page.locator('svg.adr-graph a')).toHaveCount(repository.entries.adr.length);
  const drawn = await page.locator('svg.adr-graph path.edge').count();
  await expect(page.locator('[data-graph-relations] li')).toHaveCount(drawn);
  expect(drawn).toBeGreaterThan(0);
});
