import AxeBuilder from '@axe-core/playwright';
import { CONTENT_TYPE_NAMES, CONTENT_TYPES, hrefFor } from '@handbook/schema';
import { expect, test } from '../src/fixtures.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page has no serious or critical axe violation in the ${colorScheme} theme`, async ({ page, repository }) => {
    test.setTimeout(120_000);
    const paths = [
      '/',
      '/with-examples/',
      '/team/',
      '/404/',
      ...CONTENT_TYPE_NAMES.map((name) => CONTENT_TYPES[name].route),
      ...CONTENT_TYPE_NAMES.flatMap((name) => repository.entries[name].map((entry) => hrefFor(name, entry.id))),
    ];
    await page.emulateMedia({ colorScheme });
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${path}: ${violation.id} (${violation.nodes.length}): ${violation.help}`);
      expect(serious).toEqual([]);
    }
  });
}
