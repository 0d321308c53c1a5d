import type { SearchFilter } from './filters.ts';

/** One search result as the handbook shows it. */
export interface SearchHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: text with `<mark>` around the matched words. */
  excerpt: string;
  filters: Partial<Record<SearchFilter, string[]>>;
}

/** A search's hits (the first `limit`), how many there are in all, and each filter value's count. */
export interface SearchOutcome {
  hits: SearchHit[];
  total: number;
  counts: Partial<Record<SearchFilter, Record<string, number>>>;
}

interface PagefindResult {
  data(): Promise<{
    url: string;
    meta: Record<string, string>;
    excerpt: string;
    filters: Record<string, string[]>;
  }>;
}

interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    term: string | null,
    options: { filters: Record<string, string> },
    milliseconds: number,
  ): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> } | null>;
}

/** Where the build writes Pagefind's index and its JavaScript (see `integrations/search-index.ts`, run by `integrations/built-pages.ts`). */
const PAGEFIND_MODULE = '/pagefind/pagefind.js';

let loading: Promise<Pagefind> | undefined;

/** Pagefind, fetched the first time a reader searches and never before. */
function pagefind(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ PAGEFIND_MODULE) as Promise<Pagefind>).then(
    async (module) => {
      await module.init();
      // Searches count results per filter value only once the filter index is loaded.
      await module.filters();
      return module;
    },
  );
  return loading;
}

/**
 * Searches the handbook. Input: the query text (may be empty when a filter is set), the chosen
 * filter values, and how many hits to load. Output: the outcome, or `null` when a newer search
 * started while this one waited (typing replaces the query).
 */
export async function search(
  query: string,
  filters: Partial<Record<SearchFilter, string>>,
  limit: number,
): Promise<SearchOutcome | null> {
  const engine = await pagefind();
  const chosen = Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''),
  ) as Record<string, string>;
  const term = query.trim() === '' ? null : query;
  const found = await engine.debouncedSearch(term, { filters: chosen }, 120);
  if (found === null) return null;
  const hits = await Promise.all(
    found.results.slice(0, limit).map(async (result) => {
      const data = await result.data();
      return {
        url: data.url,
        title: data.meta.title ?? data.url,
        excerpt: data.excerpt,
        filters: data.filters,
      };
    }),
  );
  return { hits, total: found.results.length, counts: found.filters };
}

/**
 * The excerpt as DOM nodes: its text, and `<mark>` around matched words; any other markup is
 * dropped, so nothing in an excerpt can run or style itself.
 */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

/** One hit as a list item: a link to the page, its type and status, the excerpt. */
export function hitItem(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  const facts = document.createElement('span');
  facts.className = 'search-hit-facts';
  facts.textContent = [
    ...(hit.filters.type ?? []),
    ...(hit.filters.status ?? []),
    ...(hit.filters.severity ?? []),
  ].join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit-excerpt';
  excerpt.append(...excerptNodes(hit.excerpt));
  item.append(link, facts, excerpt);
  return item;
}
