import { loadRepository } from '@handbook/content';
import { expect, REPOSITORY_ROOT, test } from '../src/fixtures.ts';
import { samplePaths } from '../src/site-paths.ts';

const onePagePerKind = samplePaths(await loadRepository(REPOSITORY_ROOT));

/** How many Tab presses a test follows on one page: enough to leave the header and reach the content. */
const TAB_STOPS = 40;

for (const path of onePagePerKind) {
  test.describe(() => {
    // Decided from the project alone, before a browser page is opened for the test.
    test.skip(({ isMobile }) => isMobile, 'a phone has no Tab key');
    test(`${path} can be walked by keyboard alone, every stop visibly focused`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(path);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
      expect(first, 'the first stop skips to the content').toBe('Skip to content');
      const visited = new Set<string>();
      for (let stop = 0; stop < TAB_STOPS; stop++) {
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (element === null || element === document.body) return undefined;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
          return {
            name: `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40)}`,
            indicated: outlined || style.boxShadow !== 'none',
            visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
          };
        });
        if (focused === undefined) break;
        expect(focused.indicated, `${focused.name} shows where focus is`).toBe(true);
        expect(focused.visible, `${focused.name} is on screen when focused`).toBe(true);
        visited.add(focused.name);
        await page.keyboard.press('Tab');
      }
      // A presented deck hides the site's chrome and moves by arrow keys (decks.spec.ts); elsewhere Tab reaches the content.
      if (!path.startsWith('/decks/') || path === '/decks/') expect(visited.size, 'Tab reaches more than the header').toBeGreaterThan(3);
    });
  });
}

test('the main content is reached with one Enter on the skip link, and the search box with slash', async ({ page, isMobile }) => {
  test.skip(isMobile, 'a phone has no Tab key');
  await page.goto('/adr/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the handbook' })).toBeFocused();
});
