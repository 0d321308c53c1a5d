import { entrySummary, twinHref, type ContentEntry, type EntriesByType } from '@handbook/content';
import { CONTENT_TYPE_NAMES, titleOf, type ContentTypeName } from '@handbook/schema';

/** What narrows a search: a type, a status and a tag must each match when given. */
export interface SearchFilters {
  type?: ContentTypeName;
  status?: string;
  tag?: string;
}

/** One entry found: enough to choose it and `get` it. */
export interface SearchHit {
  type: ContentTypeName;
  id: string;
  title: string;
  /** One line on the entry: its description or state, and its standing (superseded, example). */
  summary: string;
  /** Its Markdown twin on the published site. */
  twin: string;
  score: number;
}

/** How much a query word found in each part of an entry counts. */
const WEIGHTS = { title: 5, id: 3, tag: 3, body: 1 } as const;
/** At most this many hits of one word in a body count, so that a long record does not win by length. */
const BODY_HITS_COUNTED = 3;
/** How many hits a search returns at most. */
const MAX_HITS = 10;

/** The lower-case words of a text, two letters or more. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
}

/** How many times `word` begins a word of `haystack` (lower-case), at most `cap`. */
function hits(haystack: readonly string[], word: string, cap: number): number {
  let found = 0;
  for (const candidate of haystack) if (candidate.startsWith(word) && ++found >= cap) break;
  return found;
}

/**
 * Searches the valid entries for `query`: each query word counts where it begins a word of the
 * title (5), the id (3), a tag (3) or the body (1 a hit, 3 hits at most), entries matching no
 * word left out, the filters applied; best first, ties by type then id. Output: at most 10 hits.
 * An empty query lists the entries the filters keep, by type then id.
 */
export function searchEntries(
  entries: EntriesByType,
  query: string,
  filters: SearchFilters,
): SearchHit[] {
  const wanted = [...new Set(words(query))];
  const found: SearchHit[] = [];
  for (const type of CONTENT_TYPE_NAMES) {
    if (filters.type !== undefined && filters.type !== type) continue;
    for (const entry of entries[type] as readonly ContentEntry[]) {
      const data = entry.data as { status?: unknown; tags?: unknown };
      const tags = Array.isArray(data.tags) ? data.tags.map(String) : [];
      if (filters.status !== undefined && data.status !== filters.status) continue;
      if (filters.tag !== undefined && !tags.includes(filters.tag)) continue;
      const title = titleOf(type, entry.data);
      const parts = {
        title: words(title),
        id: words(entry.id),
        tag: tags.flatMap(words),
        body: words(entry.body),
      };
      const score = wanted.reduce(
        (sum, word) =>
          sum +
          WEIGHTS.title * hits(parts.title, word, 1) +
          WEIGHTS.id * hits(parts.id, word, 1) +
          WEIGHTS.tag * hits(parts.tag, word, 1) +
          WEIGHTS.body * hits(parts.body, word, BODY_HITS_COUNTED),
        0,
      );
      if (wanted.length > 0 && score === 0) continue;
      found.push({
        type,
        id: entry.id,
        title,
        summary: entrySummary({ type, data: entry.data }),
        twin: twinHref(type, entry.id),
        score,
      });
    }
  }
  return found.sort((a, b) => b.score - a.score).slice(0, MAX_HITS);
}
