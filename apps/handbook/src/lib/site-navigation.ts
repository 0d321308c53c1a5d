import { CONTENT_TYPE_NAMES, CONTENT_TYPES, type ContentTypeName } from '@handbook/schema';

/** The site's name, in every page title, the header, feeds and `llms.txt`. */
export const SITE_NAME = 'Engineering Handbook';

/** What the site holds, in one sentence: the default page description and `llms.txt`'s summary. */
export const SITE_DESCRIPTION =
  'The engineering handbook: decisions, incidents, debt, scorecards and decks.';

/**
 * The site's sections, in the order the header lists them: the dashboard, one per registered
 * content type in registry order (its `route` and `section`, so a new type is in the header
 * without another edit), and the team.
 */
export const SECTIONS: readonly { href: string; label: string }[] = [
  { href: '/', label: 'Dashboard' },
  ...CONTENT_TYPE_NAMES.map((name) => ({
    href: CONTENT_TYPES[name].route,
    label: CONTENT_TYPES[name].section,
  })),
  { href: '/team/', label: 'Team' },
];

/** One link of a breadcrumb trail. */
export interface Crumb {
  href: string;
  label: string;
}

/** The section a site path belongs to (`/adr/0005-x/` → Decisions), or `undefined` for the home page and pages outside a section. */
function sectionOf(path: string): Crumb | undefined {
  return SECTIONS.find(({ href }) => href !== '/' && path.startsWith(href));
}

/**
 * The breadcrumb trail above a page's title: the dashboard, then the page's section unless the
 * page opens that section. Empty on the home page and on section pages. Input: the site path.
 */
export function breadcrumbs(path: string): Crumb[] {
  if (path === '/') return [];
  const section = sectionOf(path);
  if (section?.href === path) return [];
  const [dashboard] = SECTIONS;
  return [
    ...(dashboard === undefined ? [] : [dashboard]),
    ...(section === undefined ? [] : [section]),
  ];
}

/** The route parameter of a type's section (`adr` for `/adr/`), for the entry and list routes. */
export function sectionParam(type: ContentTypeName): string {
  return CONTENT_TYPES[type].route.slice(1, -1);
}
