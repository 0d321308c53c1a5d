import { BODY_LINK, collectReferences, CONTENT_TYPE_NAMES, CONTENT_TYPES, entryLinkTarget, type Backlink, type ContentTypeName } from '@handbook/schema';
import type { EntriesByType } from './repository.ts';
import { urlNodes } from './rules/safety/markdown-nodes.ts';

/** The key of an entry in {@link backlinksOf}'s map: `type/id` (`adr/0005-use-opentelemetry`). */
export function entryKey(type: ContentTypeName, id: string): string {
  return `${type}/${id}`;
}

/**
 * Every relation shown both ways: for each entry named by another, who names it and how (a
 * reference field such as `supersedes`, `related` or `action-items`, or a link in the body).
 * People are not entries and are left out. Input: the valid entries. Output: a map from
 * {@link entryKey} to its backlinks, each source once per way it names the target, in type
 * order then path order.
 */
export function backlinksOf(entries: EntriesByType): Map<string, Backlink[]> {
  const typesOfId = new Map<string, ContentTypeName[]>();
  for (const type of CONTENT_TYPE_NAMES) for (const entry of entries[type]) typesOfId.set(entry.id, [...(typesOfId.get(entry.id) ?? []), type]);
  const exists = (type: ContentTypeName, id: string) => typesOfId.get(id)?.includes(type) ?? false;

  const backlinks = new Map<string, Backlink[]>();
  const add = (target: string, backlink: Backlink) => {
    const list = backlinks.get(target) ?? [];
    if (!list.some((known) => known.type === backlink.type && known.id === backlink.id && known.via === backlink.via)) list.push(backlink);
    backlinks.set(target, list);
  };
  for (const type of CONTENT_TYPE_NAMES) {
    for (const entry of entries[type]) {
      for (const reference of collectReferences(entry.data, CONTENT_TYPES[type].references)) {
        const targets = reference.target === 'person' ? [] : reference.target === 'any' ? (typesOfId.get(reference.id) ?? []) : [reference.target];
        for (const target of targets.filter((name) => exists(name, reference.id))) {
          add(entryKey(target, reference.id), { type, id: entry.id, via: String(reference.path[0]) });
        }
      }
      for (const { url } of entry.tree === undefined ? [] : urlNodes(entry.tree)) {
        const target = entryLinkTarget(url, entry.file);
        if (target?.id !== undefined && exists(target.type, target.id) && !(target.type === type && target.id === entry.id)) {
          add(entryKey(target.type, target.id), { type, id: entry.id, via: BODY_LINK });
        }
      }
    }
  }
  return backlinks;
}
