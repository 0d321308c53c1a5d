import type { PaginateFunction } from 'astro';

/** How many rows a list page shows: a long log is split into pages of plain links (issue 10: no page lists every document). */
const LIST_PAGE_SIZE = 100;

/** One page of a long list: its items, its 1-based number, how many pages there are, and where each page is. */
export interface ListPage<T> {
  items: T[];
  number: number;
  count: number;
  /** The total number of items over all pages. */
  total: number;
  href: (number: number) => string;
}

/** The address of page `number` of a list whose first page is `base` (`/adr/` → `/adr/page/2/`). */
export function pageHref(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/** A page of a list as Astro's `paginate()` gives it, converted for {@link ListPage}. */
interface AstroPage<T> {
  data: T[];
  currentPage: number;
  lastPage: number;
  total: number;
}

/**
 * The static paths of a list's pages, split by Astro's `paginate()` into pages of
 * {@link LIST_PAGE_SIZE}: the first at `base`, the others at `base/page/N/` (a bare number
 * could be an entry's id). For a route whose last parameter is `[...page]`; `params` and
 * `props` are the route's other ones. An empty list gives one empty page. Input: the items in
 * display order. Output: the paths, each with its {@link ListPage} as the `page` prop.
 */
export function listPaths<T, Params extends Record<string, string>, Props extends object>(
  paginate: PaginateFunction,
  items: readonly T[],
  base: string,
  params: Params,
  props: Props,
) {
  return paginate(items, { params, pageSize: LIST_PAGE_SIZE }).map((path) => {
    const { data, currentPage, lastPage, total } = path.props.page as AstroPage<T>;
    const page: ListPage<T> = {
      items: data,
      number: currentPage,
      count: lastPage,
      total,
      href: (number: number) => pageHref(base, number),
    };
    return {
      params: { ...params, page: currentPage === 1 ? undefined : `page/${currentPage}` },
      props: { ...props, page },
    };
  });
}

/** How many items a summary names before it only counts the rest (dashboard lists, Fowler matrix cells). */
export const SUMMARY_ITEMS = 10;

/**
 * The first `limit` items of a list a page summarises, and how many it leaves unnamed, so that
 * no summary grows with the content. Input: the items in display order.
 */
export function namedFirst<T>(
  items: readonly T[],
  limit = SUMMARY_ITEMS,
): { named: T[]; more: number } {
  return { named: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
