import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { loadRepository } from '@handbook/content';
import type { Page } from '@playwright/test';
import { expect, REPOSITORY_ROOT, test } from '../src/fixtures.ts';
import { SITE_ROOT } from '../src/serve-built-site.ts';
import { samplePaths, sitemapPaths, sitePaths } from '../src/site-paths.ts';

const repository = await loadRepository(REPOSITORY_ROOT);
const everyPage = sitemapPaths(join(SITE_ROOT, 'dist'));
const onePagePerKind = samplePaths(repository);

/** Serious and critical axe-core violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.nodes.length}): ${violation.help}`);
}

test('the sitemap lists every page the repository publishes', () => {
  expect(everyPage).toEqual(expect.arrayContaining(sitePaths(repository)));
});

/**
 * axe-core on every page of the sitemap, in both themes, at desktop width (one test per
 * page, so both workers share the sweep; the theme is chosen when a page loads, so each theme is
 * a fresh load). At phone width the layout, not the colours, changes,
 * and it changes per kind of page, not per entry: the fixed pages, each register and one entry
 * of each type are swept there.
 */
for (const path of everyPage) {
  test.describe(() => {
    // Decided from the project alone, before a browser page is opened for the test.
    test.skip(({ isMobile }) => isMobile && !onePagePerKind.includes(path), 'phone width sweeps one page of each kind');
    test(`${path} has no serious or critical axe violation in either theme`, async ({ page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        expect(await seriousViolations(page), `${colorScheme} theme`).toEqual([]);
      }
    });
  });
}
