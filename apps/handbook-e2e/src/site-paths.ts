import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPE_NAMES, CONTENT_TYPES, hrefFor } from '@handbook/schema';
import { ruleHref, RULES, type Repository } from '@handbook/content';

/** The pages every site publishes whatever its content. */
const FIXED_PATHS = [
  '/',
  '/with-examples/',
  '/team/',
  '/404/',
  '/rules/',
  '/search/',
  '/tags/',
  '/adr/graph/',
];

/** The documentation page of every lint rule. */
const RULE_PATHS = Object.values(RULES).map((rule) => ruleHref(rule.id));

/** Every page the site publishes for a repository: the fixed pages, each type's index and each entry's page. */
export function sitePaths(repository: Repository): string[] {
  return [
    ...FIXED_PATHS,
    ...CONTENT_TYPE_NAMES.map((name) => CONTENT_TYPES[name].route),
    ...CONTENT_TYPE_NAMES.flatMap((name) =>
      repository.entries[name].map((entry) => hrefFor(name, entry.id)),
    ),
    ...RULE_PATHS,
  ];
}

/**
 * One page of every route pattern the site has: the fixed pages, each type's index, the first
 * entry of each type, one rule page, one tag page and one decision-log facet page. What the
 * accessibility, keyboard and policy specs visit instead of every page: a template's markup does
 * not change from one entry to the next.
 */
export function routePatterns(repository: Repository): string[] {
  const tag = repository.entries.adr.flatMap((adr) => adr.data.tags)[0];
  const status = repository.entries.adr[0]?.data.status;
  return [
    ...FIXED_PATHS,
    ...CONTENT_TYPE_NAMES.map((name) => CONTENT_TYPES[name].route),
    ...CONTENT_TYPE_NAMES.flatMap((name) =>
      repository.entries[name].slice(0, 1).map((entry) => hrefFor(name, entry.id)),
    ),
    ...RULE_PATHS.slice(0, 1),
    ...(tag === undefined ? [] : [`/tags/${tag}/`]),
    ...(status === undefined ? [] : [`/adr/status/${status}/`]),
  ];
}

/** Pages a site publishes that no sitemap lists: the page for unknown addresses. */
const UNLISTED_PATHS = ['/404/'];

/**
 * Every page of the built site at `dist` as its sitemap lists it (`sitemap-index.xml` and the
 * sitemaps it names, written by @astrojs/sitemap), as site paths, plus the 404 page, which
 * sitemaps leave out. Read synchronously so that tests can be declared from it.
 */
export function sitemapPaths(dist: string): string[] {
  const locations = (file: string) =>
    [...readFileSync(path.join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    );
  return [
    ...locations('sitemap-index.xml').flatMap((sitemap) => locations(sitemap.slice(1))),
    ...UNLISTED_PATHS,
  ];
}
