import { expect, test } from '../src/fixtures.ts';
import { sitePaths } from '../src/site-paths.ts';

/**
 * What a leader reads on a phone (390 x 844, an iPhone 12-15): no page of the fixture site
 * scrolls sideways, except inside a table's own scrolling box (which shows an edge shadow and is
 * a labelled region), and every table shows its first two columns without scrolling: a record
 * table as labelled cards, a Markdown table with its first columns in view.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('no page scrolls sideways at 390 px, and every table shows its first two columns', async ({
  page,
  repository,
}) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const path of sitePaths(repository)) {
    await page.goto(path);
    problems.push(
      ...(await page.evaluate((at) => {
        const found: string[] = [];
        const width = document.documentElement.clientWidth;
        const overflow = document.documentElement.scrollWidth - width;
        if (overflow > 0) found.push(`${at} scrolls sideways by ${overflow} px`);
        for (const [index, table] of [...document.querySelectorAll('table')].entries()) {
          if (table.getClientRects().length === 0) continue;
          const box = table.closest('.table-scroll')?.getBoundingClientRect() ?? {
            left: 0,
            right: width,
          };
          const row = table.querySelector('tbody tr') ?? table.querySelector('tr');
          for (const cell of [...(row?.children ?? [])].slice(0, 2)) {
            const { left, right } = cell.getBoundingClientRect();
            if (left < box.left - 1 || right > Math.min(box.right, width) + 1)
              found.push(
                `${at} table ${index + 1}: "${cell.textContent?.trim().slice(0, 30)}" ends at ${Math.round(right)} px`,
              );
          }
        }
        return found;
      }, path)),
    );
  }
  expect(problems).toEqual([]);
});
