import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../src/fixtures.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page has no serious or critical axe violation in the ${colorScheme} theme`, async ({ page, repository }) => {
    const paths = ['/', '/adr/', '/team/', '/404/', ...repository.adrs.map((adr) => `/adr/${adr.id}/`)];
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
