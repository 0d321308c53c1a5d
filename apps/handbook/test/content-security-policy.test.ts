import { expect, it } from 'vitest';
import { mergePolicies } from '../src/lib/content-security-policy.ts';
import { THEME_SCRIPT, THEME_SCRIPT_HASH } from '../src/lib/theme-script.ts';

it('merges page policies into one that allows the sources of each, adding header-only directives last', () => {
  const merged = mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self';script-src 'self' 'sha256-b'; style-src 'self'"], ["frame-ancestors 'none'"]);
  expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'");
});

it('hashes the theme script as browsers do: SHA-256 of its exact text, base64', async () => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(THEME_SCRIPT));
  expect(THEME_SCRIPT_HASH).toBe(`sha256-${Buffer.from(digest).toString('base64')}`);
});
