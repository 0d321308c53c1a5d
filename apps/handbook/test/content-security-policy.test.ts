import { expect, it } from 'vitest';
import { headersFileText, readHeadersFile } from '@handbook/content';
import { headerPolicy, pagePolicy } from '../src/integrations/headers-file.ts';
import { mergePolicies } from '../src/lib/content-security-policy.ts';
import { THEME_SCRIPT, THEME_SCRIPT_HASH } from '../src/lib/theme-script.ts';

it('merges page policies into one that allows the sources of each, adding header-only directives last', () => {
  const merged = mergePolicies(
    [
      "default-src 'self'; script-src 'self' 'sha256-a'",
      "default-src 'self';script-src 'self' 'sha256-b'; style-src 'self'",
    ],
    ["frame-ancestors 'none'"],
  );
  expect(merged).toBe(
    "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'",
  );
});

it('hashes the theme script as browsers do: SHA-256 of its exact text, base64', async () => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(THEME_SCRIPT));
  expect(THEME_SCRIPT_HASH).toBe(`sha256-${Buffer.from(digest).toString('base64')}`);
});

it('writes _headers from the policies of the built pages, with what only a header can say', () => {
  const pages = [
    `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'sha256-a'"></head>`,
    `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'sha256-b'"></head>`,
    '<head><title>no policy</title></head>',
  ];
  const policies = pages.map(pagePolicy).filter((policy) => policy !== undefined);
  expect(policies).toHaveLength(2);
  const text = headersFileText(headerPolicy(policies, false));
  expect(text.split('\n')).toEqual([
    '/*',
    "  Content-Security-Policy: default-src 'self'; script-src 'sha256-a' 'sha256-b'; frame-ancestors 'none'",
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: same-origin',
    '  X-Robots-Tag: noindex, nofollow',
    '',
  ]);
  expect(readHeadersFile(text)).toEqual(headerPolicy(policies, false));
});

it('lets search engines index the handbook only when the repository opts in', () => {
  const names = (publicIndexing: boolean) =>
    headerPolicy(["default-src 'self'"], publicIndexing).map(([name]) => name);
  expect(names(false)).toContain('X-Robots-Tag');
  expect(names(true)).not.toContain('X-Robots-Tag');
});
