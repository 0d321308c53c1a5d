import { expect, test } from '../src/fixtures.ts';

test('the main content is reached with one Enter on the skip link, and the search box with slash', async ({
  page,
}) => {
  await page.goto('/adr/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the handbook' })).toBeFocused();
});
