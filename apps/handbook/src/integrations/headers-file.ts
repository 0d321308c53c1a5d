import { HEADER_ONLY_DIRECTIVES, mergePolicies } from '../lib/content-security-policy.ts';

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The Content-Security-Policy a built page carries in its `<meta>` element, or `undefined`. Input: the page's HTML. */
export function pagePolicy(html: string): string | undefined {
  return META_POLICY.exec(html)?.[1];
}

/**
 * The text of `dist/_headers` (read by Netlify and Cloudflare Pages): every page's
 * Content-Security-Policy ({@link pagePolicy}) merged into one header for `/*`, plus the
 * directives a `<meta>` cannot carry (`frame-ancestors`), and the usual hardening headers.
 */
export function headersFileText(policies: Iterable<string>): string {
  const policy = mergePolicies([...policies], HEADER_ONLY_DIRECTIVES);
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: same-origin',
    '',
  ].join('\n');
}
