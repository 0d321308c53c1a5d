import { repositorySettings } from '@handbook/content';
import { root } from 'astro:config/server';
import { repositoryRoot } from './repository-root.ts';

/** The answer of {@link publicIndexing}, read once per build: every page's layout asks it. */
let indexing: boolean | undefined;

/**
 * Whether search engines may index the published handbook: only when the repository opts in
 * (`handbook.publicIndexing: true` in its `package.json`). Otherwise `robots.txt` disallows every
 * path, every page carries `<meta name="robots" content="noindex, nofollow">` (for hosts that
 * ignore `_headers`, such as GitHub Pages) and the header policy `X-Robots-Tag`.
 */
export function publicIndexing(): boolean {
  indexing ??= repositorySettings(repositoryRoot(new URL(root))).publicIndexing;
  return indexing;
}

/**
 * The text of `/robots.txt`: every path disallowed, or, with public indexing, every path allowed
 * and the sitemap at `sitemap` (an absolute URL). Source: RFC 9309 (Robots Exclusion Protocol).
 */
export function robotsText(indexed: boolean, sitemap: URL): string {
  return indexed
    ? `User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`
    : 'User-agent: *\nDisallow: /\n';
}
