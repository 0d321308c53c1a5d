import { expect, test } from '../src/fixtures.ts';

test(
  'the home page shows the handbook and the most recent decisions',
  { tag: '@phone' },
  async ({ page, repository }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/Engineering Handbook/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engineering Handbook');
    // The main decision log's ADRs: a log in a folder (adr/tooling/, adr/handbook/) is the decision log's.
    const mainLog = repository.entries.adr.filter((adr) => !adr.id.includes('/'));
    expect(mainLog.length).toBeLessThan(repository.entries.adr.length);
    await expect(page.locator('[data-adr-total]')).toHaveText(String(mainLog.length));
    await expect(page.locator('[data-adr-table] tbody tr')).toHaveCount(
      Math.min(5, mainLog.length),
    );
    await page
      .getByRole('link', { name: `All ${repository.entries.adr.length} decisions` })
      .click();
    await expect(page).toHaveURL(/\/adr\/$/);
  },
);

test('the theme toggle switches to the other theme and remembers it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const lightBackground = await background();
  await page.getByRole('button', { name: 'Switch between light and dark theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(lightBackground);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
});
