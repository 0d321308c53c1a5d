import {
  CONTENT_TYPES,
  debtRegisterSummary,
  hrefFor,
  incidentDurations,
  metricOf,
  NOT_STATED_IN_RECORD,
  SCORECARD_KEYS,
} from '@handbook/schema';
import { expect, required, test } from '../src/fixtures.ts';

test(
  'the debt register lists every open item once in the Fowler matrix and once by priority, with computed totals',
  { tag: '@phone' },
  async ({ page, repository }) => {
    const items = repository.entries.debt;
    const summary = debtRegisterSummary(items);
    await page.goto('/debt/');
    await expect(page.locator('[data-debt-summary] [data-open]')).toHaveText(String(summary.open));
    await expect(page.locator('[data-debt-table] tbody tr')).toHaveCount(
      items.filter((item) => item.data.resolved === undefined).length,
    );
    // The matrix names the items its counts cover, examples left out as from every figure; the table lists them, badged.
    // An item with no quadrant is counted under the matrix, not placed in it.
    for (const [quadrant, count] of Object.entries(summary.openByQuadrant)) {
      if (quadrant === NOT_STATED_IN_RECORD) continue;
      await expect(page.locator(`[data-quadrant="${quadrant}"] li`)).toHaveCount(count);
    }
    const first = required(
      items.find((item) => item.data['quadrant-reason'] !== undefined),
      'debt item with a quadrant',
    );
    await page.locator(`[data-debt-id="${first.id}"]`).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${hrefFor('debt', first.id)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.data.title);
    await expect(page.locator('[data-field="quadrant"]')).toContainText(
      first.data['quadrant-reason'] ?? '',
    );
  },
);

test(
  'every postmortem is listed with its derived time to restore, and examples say so',
  { tag: '@phone' },
  async ({ page, repository }) => {
    const incidents = repository.entries.incident;
    await page.goto('/incidents/');
    await expect(page.locator('[data-incident-table] tbody tr')).toHaveCount(incidents.length);
    for (const incident of incidents) {
      const row = page.locator(`tr[data-incident-id="${incident.id}"]`);
      await expect(row.getByRole('link')).toHaveText(incident.data.title);
      await expect(row.locator('[data-example]')).toHaveCount(incident.data.example ? 1 : 0);
    }
    const example = required(
      incidents.find((incident) => incident.data.example),
      'example postmortem',
    );
    await page.goto(hrefFor('incident', example.id));
    await expect(page.locator('[data-example-notice]')).toBeVisible();
    const timeToDetect = required(
      incidentDurations(example.data).timeToDetectMinutes,
      'time to detect of the example postmortem',
    );
    await expect(page.locator('[data-time-to-detect]')).toContainText(String(timeToDetect % 60));
  },
);

test(
  'the scorecards page charts every metric of the latest snapshot with a text alternative',
  { tag: '@phone' },
  async ({ page, repository }) => {
    const latest = required(
      [...repository.entries.scorecard]
        .filter((card) => !card.data.example)
        .sort((a, b) => b.id.localeCompare(a.id))[0],
      'scorecard',
    );
    await page.goto('/scorecards/');
    await expect(
      page.getByRole('heading', { level: 2, name: `Latest: ${latest.id}` }),
    ).toBeVisible();
    const published = repository.entries.scorecard.filter((card) => !card.data.example);
    const charts = page.locator('[data-chart]');
    await expect(charts).toHaveCount(10);
    for (const chart of await charts.all()) {
      const metric = (await chart.getAttribute('data-chart')) as (typeof SCORECARD_KEYS)[number];
      const measured = published.filter((card) => metricOf(card.data, metric).current !== null);
      if (measured.length >= 2) {
        // One drawing per width is shown, with its text alternative; no single dot in an empty plot.
        await expect(chart.locator('svg:visible')).toHaveCount(1);
        await expect(chart.locator('svg:visible desc')).not.toBeEmpty();
        const size = await chart
          .locator('svg:visible text')
          .first()
          .evaluate((text) => {
            const box = text.getBoundingClientRect();
            return box.height;
          });
        expect(size, `${metric} tick labels are readable`).toBeGreaterThanOrEqual(12);
      } else {
        await expect(chart.locator('svg')).toHaveCount(0);
        await expect(chart.locator('[data-compact]')).toBeVisible();
      }
    }
    // One table holds every snapshot's value of every metric, newest first.
    const table = page.locator('table[data-snapshots]');
    await expect(table.locator('tbody tr')).toHaveCount(10);
    await expect(table.locator('thead th time')).toHaveText(
      published
        .map((card) => card.id)
        .sort()
        .reverse(),
    );
  },
);

test(
  'handbook pages are listed by section and show their owner and review date',
  { tag: '@phone' },
  async ({ page, repository }) => {
    const pages = repository.entries.page;
    const first = required(pages[0], `page in ${CONTENT_TYPES.page.folder}/`);
    await page.goto('/handbook/');
    for (const entry of pages)
      await expect(page.getByRole('link', { name: entry.data.title, exact: true })).toBeVisible();
    await page.getByRole('link', { name: first.data.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.data.title);
    await expect(page.locator('[data-page-meta] time')).toHaveText(first.data['last-reviewed']);
  },
);

test('a debt item whose source states no priority, impact, quadrant or date says so, with its label', async ({
  page,
  repository,
}) => {
  const item = required(
    repository.entries.debt.find(
      (entry) => entry.data.priority === NOT_STATED_IN_RECORD && entry.data.label !== undefined,
    ),
    'debt item with nothing stated but its label',
  );
  await page.goto(hrefFor('debt', item.id));
  const row = (label: string) =>
    page
      .locator('dl div')
      .filter({ has: page.locator('dt', { hasText: label }) })
      .locator('dd');
  await expect(row("Source's label")).toHaveText(item.data.label ?? '');
  await expect(row('Priority')).toHaveText('not stated');
  await expect(row('Impact')).toHaveText('not stated');
  await expect(row('Fowler quadrant')).toHaveText('not classified');
  await expect(row('Recorded')).toHaveText('a day not stated');
  await page.goto(CONTENT_TYPES.debt.route);
  await expect(page.locator('[data-not-classified]')).toContainText(
    '1 open item is not classified',
  );
});

test('a handbook page says whether it is adopted practice, naming its ADR, or proposed guidance', async ({
  page,
  repository,
}) => {
  const adopted = required(
    repository.entries.page.find((entry) => entry.data['adopted-by'] !== undefined),
    'handbook page adopted by an ADR',
  );
  const proposed = required(
    repository.entries.page.find((entry) => entry.data['proposed-from'] !== undefined),
    'handbook page of proposed guidance',
  );
  await page.goto(hrefFor('page', adopted.id));
  const standing = page.locator('[data-page-standing]');
  await expect(standing).toHaveAttribute('data-page-standing', 'adopted');
  await expect(standing.getByRole('link')).toHaveAttribute(
    'href',
    hrefFor('adr', adopted.data['adopted-by'] ?? ''),
  );
  await page.goto(hrefFor('page', proposed.id));
  await expect(standing).toHaveAttribute('data-page-standing', 'proposed');
  await expect(standing).toContainText(
    `Proposed guidance, not yet adopted practice: from ${proposed.data['proposed-from']}`,
  );
});
