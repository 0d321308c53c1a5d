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

/**
 * Splits a list into pages of {@link LIST_PAGE_SIZE}, the first at `base`, the others at
 * `base/page/N/`. An empty list gives one empty page. Input: the items in display order.
 */
export function paginate<T>(
  items: readonly T[],
  base: string,
  size = LIST_PAGE_SIZE,
): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
    total: items.length,
    href: (number: number) => pageHref(base, number),
  }));
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
