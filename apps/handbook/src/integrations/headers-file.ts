import { NO_INDEX_HEADER, type HeaderPolicy } from '@handbook/content';
import { HEADER_ONLY_DIRECTIVES, mergePolicies } from '../lib/content-security-policy.ts';

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The Content-Security-Policy a built page carries in its `<meta>` element, or `undefined`. Input: the page's HTML. */
export function pagePolicy(html: string): string | undefined {
  return META_POLICY.exec(html)?.[1];
}

/**
 * The headers every published page is served with, the one policy `dist/_headers` and the
 * self-hosted Caddy configuration both carry: every page's Content-Security-Policy
 * ({@link pagePolicy}) merged, plus the directives a `<meta>` cannot carry (`frame-ancestors`);
 * `nosniff`; a referrer that never leaves the site; and, unless the repository opts in to public
 * indexing (`handbook.publicIndexing`), `X-Robots-Tag: noindex, nofollow`. Sources: OWASP
 * HTTP headers cheat sheet, Google "Robots meta tag and X-Robots-Tag".
 */
export function headerPolicy(policies: Iterable<string>, publicIndexing: boolean): HeaderPolicy {
  return [
    ['Content-Security-Policy', mergePolicies([...policies], HEADER_ONLY_DIRECTIVES)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'same-origin'],
    ...(publicIndexing ? [] : [NO_INDEX_HEADER]),
  ];
}
