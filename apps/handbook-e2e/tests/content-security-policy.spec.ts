import { loadRepository } from '@handbook/content';
import { expect, REPOSITORY_ROOT, test } from '../src/fixtures.ts';
import { samplePaths } from '../src/site-paths.ts';

const onePagePerKind = samplePaths(await loadRepository(REPOSITORY_ROOT));

for (const path of onePagePerKind) {
  test.describe(() => {
    // Decided from the project alone, before a browser page is opened for the test.
    test.skip(({ isMobile }) => isMobile, 'the policy does not depend on the width');
    test(`${path} carries a strict Content-Security-Policy that its own scripts and styles satisfy`, async ({ page }) => {
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { cspViolations: seen });
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(path);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toContain("default-src 'self'");
      // Pagefind's WebAssembly needs 'wasm-unsafe-eval', which allows no eval() of JavaScript.
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain(" 'unsafe-eval'");
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(/^(light|dark)$/);
    });
  });
}

test('the theme toggle still works under the policy', async ({ page, isMobile }) => {
  test.skip(isMobile, 'one width is enough');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the policy blocks a script injected into a page, and reports it', async ({ page, isMobile }) => {
  test.skip(isMobile, 'one width is enough');
  await page.goto('/');
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { ran: (window as unknown as { injected?: boolean }).injected === true, violations };
  });
  expect(outcome).toEqual({ ran: false, violations: [expect.stringMatching(/^script-src/)] });
});
