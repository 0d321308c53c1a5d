import { join } from 'node:path';
import { seriousViolations } from '../src/axe.ts';
import { expect, siteUrl, test } from '../src/fixtures.ts';
import { SITE_ROOT } from '../src/serve-built-site.ts';
import { sitemapPaths } from '../src/site-paths.ts';

/**
 * axe-core on every page of this repository's own site as its sitemap lists it, in both themes:
 * the long sweep, `npm run test:a11y`, which the GitHub workflow runs on a schedule rather than
 * on every pull request (each route pattern is swept in `npm test` by accessibility.spec.ts).
 */
for (const path of sitemapPaths(join(SITE_ROOT, 'dist'))) {
  test(`${path} has no serious or critical axe violation in either theme`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${siteUrl('HANDBOOK_URL')}${path}`);
      expect(await seriousViolations(page), `${colorScheme} theme`).toEqual([]);
    }
  });
}
