import { adrStatusShown, CONTENT_TYPES, namedDecisionMakers, type Person } from '@handbook/schema';
import { adrLogOf, type AdrPageEntry } from './adr-log.ts';

/** The facets the decision log can be narrowed by, each a folder of pages below `/adr/`. */
export const ADR_FACETS = ['status', 'tag', 'decision-maker', 'year', 'log'] as const;

/** One facet of the decision log. */
export type AdrFacet = (typeof ADR_FACETS)[number];

/** Each facet's name on the page. */
export const ADR_FACET_LABELS: Record<AdrFacet, string> = {
  status: 'Status',
  tag: 'Tag',
  'decision-maker': 'Decision-maker',
  year: 'Year',
  log: 'Decision log',
};

/** The `log` facet's value for ADRs directly in `adr/`, the organisation's main decision log. */
const MAIN_LOG = 'main';

/** The values an ADR has for a facet: one status, its tags, its decision-makers' ids, the year of its date, its log. */
function facetValues(adr: AdrPageEntry, facet: AdrFacet): string[] {
  switch (facet) {
    case 'status':
      return [adrStatusShown(adr.data)];
    case 'tag':
      return adr.data.tags;
    case 'decision-maker':
      return namedDecisionMakers(adr.data);
    case 'year':
      return adr.data.date === undefined ? [] : [adr.data.date.slice(0, 4)];
    case 'log':
      return [adrLogOf(adr.id) ?? MAIN_LOG];
  }
}

/** The first page of the decision log narrowed to one value of a facet (`/adr/decision-maker/charles/`). */
export function facetHref(facet: AdrFacet, value: string): string {
  return `${CONTENT_TYPES.adr.route}${facet}/${encodeURIComponent(value)}/`;
}

/** One value of a facet: its page, what it is called, and the ADRs that have it. */
export interface FacetValue {
  facet: AdrFacet;
  value: string;
  label: string;
  href: string;
  adrs: AdrPageEntry[];
}

/**
 * Every value of every facet that some ADR has, with its ADRs in the given order, precomputed at
 * build time so each is a plain link to a page. Values are sorted by label (years newest
 * first); decision-makers are labelled by name; the log facet only appears when there are two logs or more. Input: the ADRs (newest first) and the roster.
 */
export function adrFacetValues(
  adrs: readonly AdrPageEntry[],
  people: ReadonlyMap<string, Person>,
): FacetValue[] {
  return ADR_FACETS.flatMap((facet) => {
    const byValue = new Map<string, AdrPageEntry[]>();
    for (const adr of adrs)
      for (const value of facetValues(adr, facet))
        byValue.set(value, [...(byValue.get(value) ?? []), adr]);
    // One log is no choice: the facet shows once a repository keeps a second log in a folder.
    if (facet === 'log' && byValue.size < 2) return [];
    const values = [...byValue].map(([value, list]) => ({
      facet,
      value,
      label: facet === 'decision-maker' ? (people.get(value)?.name ?? value) : value,
      href: facetHref(facet, value),
      adrs: list,
    }));
    return values.sort((a, b) =>
      facet === 'year' ? b.value.localeCompare(a.value) : a.label.localeCompare(b.label),
    );
  });
}
