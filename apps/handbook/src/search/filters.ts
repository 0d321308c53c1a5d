/**
 * The filters of the handbook's search, as Pagefind indexes them (`data-pagefind-filter`) and as
 * the search page's URL carries them (`/search/?q=redis&type=ADR&status=accepted`). `type` is
 * the content type's label ("ADR", "postmortem"); `tag` may hold several values per page; `log`
 * is the decision log of an ADR kept in a folder of its own (`handbook`), absent for the main log.
 */
export const SEARCH_FILTERS = ['type', 'status', 'severity', 'tag', 'log'] as const;

/** One filter of the handbook's search. */
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The URL parameter of the query text. */
export const QUERY_PARAMETER = 'q';

/** The path of the search page. */
export const SEARCH_PATH = '/search/';
