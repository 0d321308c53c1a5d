import { expect, test } from '../src/fixtures.ts';

test('an unknown path answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto('/adr/9999-no-such-decision/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Browse the decision log' }).click();
  await expect(page).toHaveURL(/\/adr\/$/);
});
