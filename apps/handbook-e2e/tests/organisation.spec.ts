import { join } from 'node:path';
import { CONTENT_TYPE_NAMES, hrefFor } from '@handbook/schema';
import { expect, test } from '../src/fixtures.ts';
import { SITE_ROOT } from '../src/serve-built-site.ts';
import { sitemapPaths, sitePaths } from '../src/site-paths.ts';

/**
 * The smoke test of this repository's own handbook, the one that leaders read: every entry has
 * its page, the dashboard and a deck render. Every feature is tested on the fixture repository;
 * this spec only checks that the organisation's content builds into a whole site (the build
 * itself fails on any broken internal link).
 */
test('the sitemap lists every page the repository publishes', ({ organisation }) => {
  expect(sitemapPaths(join(SITE_ROOT, 'dist'))).toEqual(
    expect.arrayContaining(sitePaths(organisation.repository)),
  );
});

test(
  'the dashboard renders with every decision of the main log counted',
  { tag: '@phone' },
  async ({ page, organisation }) => {
    await page.goto(`${organisation.url}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engineering Handbook');
    // The main decision log's ADRs: a log in a folder (adr/tooling/, adr/handbook/) is the decision log's.
    const mainLog = organisation.repository.entries.adr.filter((adr) => !adr.id.includes('/'));
    expect(mainLog.length).toBeLessThan(organisation.repository.entries.adr.length);
    await expect(page.locator('[data-adr-total]')).toHaveText(String(mainLog.length));
    await expect(page.locator('[data-dora-key]')).toHaveCount(4);
  },
);

test('every type of entry has a page that renders its title', async ({ page, organisation }) => {
  for (const type of CONTENT_TYPE_NAMES) {
    for (const entry of organisation.repository.entries[type].slice(0, 1)) {
      const response = await page.goto(`${organisation.url}${hrefFor(type, entry.id)}`);
      expect(response?.status(), `${type} ${entry.id}`).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    }
  }
});

test("the organisation's decks show every slide, and present one at a time", async ({
  page,
  organisation,
}) => {
  for (const deck of organisation.repository.entries.deck) {
    await page.goto(`${organisation.url}${hrefFor('deck', deck.id)}`);
    const total = await page.locator('[data-deck] section.slide').count();
    expect(total).toBeGreaterThan(1);
    await expect(page.locator('[data-deck] section.slide:visible')).toHaveCount(total);
    await page.getByRole('button', { name: 'Present ▶' }).click();
    await expect(page.locator('[data-deck] section.slide:visible')).toHaveCount(1);
  }
});
