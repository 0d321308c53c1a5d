import { CONTENT_TYPES, MIGRATION_STATUSES, hrefFor } from '@handbook/schema';
import { expect, required, test } from '../src/fixtures.ts';

test(
  'the stack page shows every component of the latest stack file with counts recomputed from it',
  { tag: '@phone' },
  async ({ page, repository }) => {
    const latest = required(
      [...repository.entries.stack].sort((a, b) =>
        b.data['as-of'].localeCompare(a.data['as-of']),
      )[0],
      'tech stack file',
    );
    const components = latest.data.components;
    await page.goto(CONTENT_TYPES.stack.route);
    await expect(page.locator('[data-count="components"]')).toHaveText(String(components.length));
    for (const status of MIGRATION_STATUSES) {
      const count = components.filter((component) => component.migration === status).length;
      if (count > 0)
        await expect(page.locator(`[data-count="${status}"]`)).toHaveText(String(count));
    }
    await expect(page.locator('[data-count="without-adr"]')).toHaveText(
      String(components.filter((component) => component.adrs.length === 0).length),
    );
    await expect(page.locator('[data-component]')).toHaveCount(components.length);
  },
);

test('an ADR page names the stack components it decided, linking to the map', async ({
  page,
  repository,
}) => {
  const stack = required(repository.entries.stack[0], 'tech stack file');
  const governed = required(
    stack.data.components.find((component) => component.adrs.length > 0),
    'stack component that records an ADR',
  );
  await page.goto(hrefFor('adr', governed.adrs[0] ?? ''));
  const field = page.locator('[data-field="governs"]');
  await expect(field).toContainText(governed.name);
  await field.getByRole('link', { name: governed.name }).first().click();
  await expect(page).toHaveURL(new RegExp(hrefFor('stack', stack.id)));
});

test('the stack is one table with a row group per layer, so its columns line up', async ({
  page,
  repository,
}) => {
  const stack = required(repository.entries.stack[0], 'tech stack file');
  const layers = new Set(stack.data.components.map((component) => component.layer));
  await page.goto(hrefFor('stack', stack.id));
  const table = page.locator('table.stack');
  await expect(table).toHaveCount(1);
  await expect(table.locator('tbody[data-layer]')).toHaveCount(layers.size);
  await expect(table.locator('th[scope="rowgroup"]')).toHaveCount(layers.size);
});
