import { CONTENT_TYPE_NAMES, CONTENT_TYPES, type ContentTypeName } from '@handbook/schema';

/** The site's name, in every page title, the header, feeds and `llms.txt`. */
export const SITE_NAME = 'Engineering Handbook';

/** What the site holds, in one sentence: the default page description and `llms.txt`'s summary. */
export const SITE_DESCRIPTION =
  'The engineering handbook: decisions, incidents, debt, scorecards and decks.';

/**
 * The content types a leader opens most, shown in the header on every wide screen; every other
 * type is under the header's "More" menu, so a new type is in the header without another edit.
 */
const LEADING_TYPES = [
  'adr',
  'incident',
  'debt',
  'scorecard',
  'deck',
  'page',
] as const satisfies readonly ContentTypeName[];

/** One section of the site: its address, its label, and whether the header lists it under "More". */
export interface Section {
  href: string;
  label: string;
  more: boolean;
}

/**
 * The site's sections, in the order the header lists them: the dashboard, one per registered
 * content type in registry order (its `route` and `section`), and the team; the types outside
 * {@link LEADING_TYPES} and the team are `more`.
 */
export const SECTIONS: readonly Section[] = [
  { href: '/', label: 'Dashboard', more: false },
  ...CONTENT_TYPE_NAMES.map((name) => ({
    href: CONTENT_TYPES[name].route,
    label: CONTENT_TYPES[name].section,
    more: !(LEADING_TYPES as readonly ContentTypeName[]).includes(name),
  })),
  { href: '/team/', label: 'Team', more: true },
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
