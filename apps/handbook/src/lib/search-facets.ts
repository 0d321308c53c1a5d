import { CONTENT_TYPES, type ContentData, type ContentTypeName } from '@handbook/schema';
import type { SearchFilter } from '../search/filters.ts';

/** The filter values of one indexed page: each filter's values (a page may carry several tags). */
export type SearchFacets = Partial<Record<SearchFilter, readonly string[]>>;

function stringField(data: object, field: string): string[] {
  const value = (data as Record<string, unknown>)[field];
  return typeof value === 'string' ? [value] : [];
}

/**
 * What the search lets a reader filter an entry by: its type's label, and its `status`,
 * `severity` and `tags` fields when the type has them. Input: the type and the entry's data.
 */
export function searchFacets<Name extends ContentTypeName>(
  type: Name,
  data: ContentData<Name>,
): SearchFacets {
  const tags = (data as { tags?: unknown }).tags;
  return {
    type: [CONTENT_TYPES[type].label],
    status: stringField(data, 'status'),
    severity: stringField(data, 'severity'),
    tag: Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [],
  };
}
