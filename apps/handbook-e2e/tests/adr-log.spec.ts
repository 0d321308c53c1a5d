import { adrStatusShown, parseId } from '@handbook/schema';
import { expect, test } from '../src/fixtures.ts';

test(
  'the decision log lists every ADR in adr/, the main log first, each log newest first',
  { tag: '@phone' },
  async ({ page, repository }) => {
    await page.goto('/adr/');
    const rows = page.locator('[data-adr-table] tbody tr');
    await expect(rows).toHaveCount(repository.entries.adr.length);

    const shownIds = await rows.evaluateAll((elements) =>
      elements.map((row) => row.getAttribute('data-adr-id')),
    );
    expect([...shownIds].sort()).toEqual(repository.entries.adr.map((adr) => adr.id).sort());

    const logOf = (id: string | null) => parseId('numbered', id ?? '')?.log;
    const firstOtherLog = shownIds.findIndex((id) => logOf(id) !== undefined);
    expect(firstOtherLog).toBeGreaterThan(0);
    expect(shownIds.slice(firstOtherLog).every((id) => logOf(id) !== undefined)).toBe(true);
    const dates = await rows.evaluateAll((elements) =>
      elements.map((row) => row.querySelector('time')?.textContent ?? ''),
    );
    const mainLogDates = dates.slice(0, firstOtherLog).filter((date) => date !== '');
    expect(mainLogDates).toEqual([...mainLogDates].sort().reverse());

    for (const adr of repository.entries.adr) {
      const row = page.locator(`tr[data-adr-id="${adr.id}"]`);
      await expect(row.getByRole('link')).toHaveText(adr.data.title);
      await expect(row.locator('[data-status]')).toHaveText(adrStatusShown(adr.data));
      const { number, log } = parseId('numbered', adr.id) ?? {};
      const label = String(number).padStart(4, '0');
      await expect(row.locator('td').first()).toHaveText(
        log === undefined ? label : `${log}/${label}`,
      );
    }
  },
);
