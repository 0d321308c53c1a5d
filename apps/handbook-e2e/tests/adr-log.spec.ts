import { adrStatusShown } from '@handbook/schema';
import { expect, test } from '../src/fixtures.ts';

test(
  'the decision log lists every ADR in adr/, newest first',
  { tag: '@phone' },
  async ({ page, repository }) => {
    await page.goto('/adr/');
    const rows = page.locator('[data-adr-table] tbody tr');
    await expect(rows).toHaveCount(repository.entries.adr.length);

    const shownIds = await rows.evaluateAll((elements) =>
      elements.map((row) => row.getAttribute('data-adr-id')),
    );
    expect([...shownIds].sort()).toEqual(repository.entries.adr.map((adr) => adr.id).sort());

    const shownDates = await page.locator('[data-adr-table] tbody time').allTextContents();
    expect(shownDates).toEqual([...shownDates].sort().reverse());

    for (const adr of repository.entries.adr) {
      const row = page.locator(`tr[data-adr-id="${adr.id}"]`);
      await expect(row.getByRole('link')).toHaveText(adr.data.title);
      await expect(row.locator('[data-status]')).toHaveText(adrStatusShown(adr.data));
      await expect(row.locator('td').first()).toHaveText(adr.id.slice(0, 4));
    }
  },
);
