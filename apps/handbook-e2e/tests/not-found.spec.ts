import { expect, test } from '../src/fixtures.ts';

test('an unknown path answers 404 with the not-found page', { tag: '@phone' }, async ({ page }) => {
  const response = await page.goto('/adr/9999-no-such-decision/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Browse the decision log' }).click();
  await expect(page).toHaveURL(/\/adr\/$/);
});

test('the not-found page offers a search for the words of the missing address and every section', async ({
  page,
}) => {
  await page.goto('/adr/0042-move-redis-queues/');
  await expect(page.getByRole('link', { name: 'Search the handbook' })).toHaveAttribute(
    'href',
    '/search/?q=adr+move+redis+queues',
  );
  await page.getByRole('link', { name: 'Search the handbook' }).click();
  await expect(page.getByLabel('Words to find')).toHaveValue('adr move redis queues');
  await expect(page.locator('main [data-page-status]')).toHaveText(/results?|Nothing found/);
});
