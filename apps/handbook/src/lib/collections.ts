import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';

const cache = new Map<CollectionKey, Promise<unknown[]>>();

/**
 * Every entry of a collection, as `getCollection` gives them, read once per build and shared by
 * every page: entry pages ask for their siblings, the stack or the roster, and asking Astro on
 * each of thousands of pages made the build quadratic. Each call gets its own array (callers
 * sort it); the entries are shared and must not be changed. In `astro dev` each call reads
 * afresh, since content changes under it.
 */
export async function collection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  if (import.meta.env.DEV) return getCollection(name);
  let entries = cache.get(name);
  if (entries === undefined) {
    entries = getCollection(name);
    cache.set(name, entries);
  }
  return [...((await entries) as CollectionEntry<C>[])];
}

/**
 * `compute` run once per build and its result shared by every page (the ADRs sorted newest
 * first, asked for by each of a thousand ADR pages); run afresh on each call in `astro dev`,
 * where content changes under it. The result must not be changed by callers.
 */
export function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    result ??= compute();
    return result;
  };
}
