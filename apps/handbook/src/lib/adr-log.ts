import { newestAdrFirst, parseId, type Person } from '@handbook/schema';
import { type CollectionEntry } from 'astro:content';
import { collection, oncePerBuild } from './collections.ts';

/** An ADR as the site's pages receive it. */
export type AdrPageEntry = CollectionEntry<'adr'>;

/**
 * What people call an ADR by, from its id: its four-digit number (`0008`), after its log in a
 * decision log of its own (`handbook/0010`).
 */
export function adrNumber(id: string): string {
  const identity = parseId('numbered', id);
  const number = String(identity?.number ?? 0).padStart(4, '0');
  return identity?.log === undefined ? number : `${identity.log}/${number}`;
}

/** The decision log an ADR belongs to (`handbook` for `adr/handbook/0010-x.md`); `undefined` for the main log. */
export function adrLogOf(id: string): string | undefined {
  return parseId('numbered', id)?.log;
}

/**
 * Every ADR, the main log's first (the organisation's decisions, before any team's or
 * package's log), each newest decision first; ADRs decided on the same day are ordered by
 * number, highest first, so the later record of a day stays on top; ADRs without a date come
 * last, by number ({@link newestAdrFirst}).
 */
export const adrsNewestFirst = oncePerBuild(async (): Promise<AdrPageEntry[]> => {
  const adrs = await collection('adr');
  const inOtherLog = (adr: AdrPageEntry) => (adrLogOf(adr.id) === undefined ? 0 : 1);
  return adrs.sort((a, b) => inOtherLog(a) - inOtherLog(b) || newestAdrFirst(a, b));
});

/** The roster's people by id, to print names where content holds ids. */
export async function peopleById(): Promise<Map<string, Person>> {
  const people = await collection('people');
  return new Map(people.map((person) => [person.id, person.data]));
}

/**
 * The ADRs linked to `adr` by supersession, directly or through others (what it supersedes,
 * what supersedes it, and so on both ways), itself included, oldest number first. A lone ADR
 * gives a chain of one. Input: the ADR and every ADR. Output: the chain.
 */
export function supersessionChain(
  adr: AdrPageEntry,
  adrs: readonly AdrPageEntry[],
): AdrPageEntry[] {
  // Most ADRs stand alone: no need to index thousands of ADRs for each of their pages.
  if (adr.data.supersedes.length === 0 && adr.data['superseded-by'] === undefined) return [adr];
  const byId = new Map(adrs.map((entry) => [entry.id, entry]));
  const seen = new Set<string>([adr.id]);
  const queue = [adr];
  while (queue.length > 0) {
    const current = queue.shift() as AdrPageEntry;
    const superseded = current.data['superseded-by'];
    for (const id of [
      ...current.data.supersedes,
      ...(superseded === undefined ? [] : [superseded]),
    ]) {
      const next = byId.get(id);
      if (next !== undefined && !seen.has(id)) {
        seen.add(id);
        queue.push(next);
      }
    }
  }
  return [...seen]
    .map((id) => byId.get(id) as AdrPageEntry)
    .sort((a, b) => a.id.localeCompare(b.id));
}
