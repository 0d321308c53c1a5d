import { expect, test } from '../src/fixtures.ts';

test('the theme toggle still works under the policy', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the policy blocks a script injected into a page, and reports it', async ({ page }) => {
  await page.goto('/');
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.violatedDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { ran: (window as unknown as { injected?: boolean }).injected === true, violations };
  });
  expect(outcome).toEqual({ ran: false, violations: [expect.stringMatching(/^script-src/)] });
});
