import { CONTENT_TYPE_NAMES, hrefFor, titleOf, type ContentTypeName } from '@handbook/schema';
import { collection } from './collections.ts';

/** An entry listed on a tag's page. */
export interface TaggedEntry {
  type: ContentTypeName;
  id: string;
  title: string;
  href: string;
}

/** The page of a tag. */
export function tagHref(tag: string): string {
  return `/tags/${encodeURIComponent(tag)}/`;
}

/**
 * Every tag used by entries of any type (those whose data has `tags`), with its entries in type
 * order then id order. Output: a map from tag to entries, tags sorted alphabetically.
 */
export async function entriesByTag(): Promise<Map<string, TaggedEntry[]>> {
  const byTag = new Map<string, TaggedEntry[]>();
  for (const type of CONTENT_TYPE_NAMES) {
    for (const entry of await collection(type)) {
      const tags = (entry.data as { tags?: unknown }).tags;
      if (!Array.isArray(tags)) continue;
      const title = titleOf(type, entry.data);
      for (const tag of tags.filter((value): value is string => typeof value === 'string')) {
        byTag.set(tag, [
          ...(byTag.get(tag) ?? []),
          { type, id: entry.id, title, href: hrefFor(type, entry.id) },
        ]);
      }
    }
  }
  return new Map([...byTag].sort(([a], [b]) => a.localeCompare(b)));
}
