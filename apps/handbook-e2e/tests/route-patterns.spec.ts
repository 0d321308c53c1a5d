import { loadRepository } from '@handbook/content';
import type { Page } from '@playwright/test';
import { seriousViolations } from '../src/axe.ts';
import { expect, FIXTURE_REPOSITORY, FIXTURE_TODAY, test } from '../src/fixtures.ts';
import { routePatterns } from '../src/site-paths.ts';

/** How many Tab presses a test follows on one page: enough to leave the header and reach the content. */
const TAB_STOPS = 40;

/**
 * Walks a page nothing on has focus yet by Tab from its top: the first stop is the skip link,
 * every stop is outlined and on screen, and Tab reaches the content.
 */
async function walkByKeyboard(page: Page, path: string): Promise<void> {
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
  if (!path.startsWith('/decks/') || path === '/decks/')
    expect(visited.size, 'Tab reaches more than the header').toBeGreaterThan(3);
}

/**
 * One page of every route pattern of the fixture site (every page template), loaded once: its
 * own scripts and styles raise no Content-Security-Policy violation, it can be walked by keyboard
 * alone, and axe-core finds no serious or critical violation in either theme (the second theme
 * through the page's own toggle, as a reader switches it). The policy's text, duplicate ids and
 * internal links of every page are checked without a browser, over the built files
 * (apps/handbook/test/built-fixture-site.test.ts); the sweep of every page of this repository's
 * own site is `npm run test:a11y` (accessibility.sweep.ts).
 */
for (const path of routePatterns(
  await loadRepository(FIXTURE_REPOSITORY, { today: FIXTURE_TODAY }),
)) {
  test(`${path}: no policy violation, walkable by keyboard, no serious axe violation in either theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(path);
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      'policy violations',
    ).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await seriousViolations(page), 'light theme').toEqual([]);
    // A presented deck hides the header; the toggle is the same button, switched by its click event.
    await page.locator('[data-theme-toggle]').dispatchEvent('click');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await seriousViolations(page), 'dark theme').toEqual([]);
    await walkByKeyboard(page, path);
  });
}
