import { adrFacetValues, type FacetValue } from './adr-facets.ts';
import { adrsNewestFirst, peopleById, type AdrPageEntry } from './adr-log.ts';
import { paginate, type ListPage } from './pagination.ts';

/** The decision log's pages, newest ADR first, each with every facet value for its links. */
export async function adrLogPages(): Promise<
  { page: ListPage<AdrPageEntry>; facets: FacetValue[] }[]
> {
  const adrs = await adrsNewestFirst();
  const facets = adrFacetValues(adrs, await peopleById());
  return paginate(adrs, '/adr/').map((page) => ({ page, facets }));
}
