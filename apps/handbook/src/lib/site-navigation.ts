/** The site's sections, in the order the header lists them: the page that opens each and its name. */
export const SECTIONS = [
  { href: '/', label: 'Dashboard' },
  { href: '/adr/', label: 'Decisions' },
  { href: '/incidents/', label: 'Incidents' },
  { href: '/debt/', label: 'Debt' },
  { href: '/scorecards/', label: 'Scorecards' },
  { href: '/stack/', label: 'Stack' },
  { href: '/handbook/', label: 'Handbook' },
  { href: '/decks/', label: 'Decks' },
  { href: '/syncs/', label: 'Syncs' },
  { href: '/team/', label: 'Team' },
] as const;

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
  return [SECTIONS[0], ...(section === undefined ? [] : [section])];
}
