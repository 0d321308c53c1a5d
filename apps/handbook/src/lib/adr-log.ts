import { newestAdrFirst, type Person } from '@handbook/schema';
import { type CollectionEntry } from 'astro:content';
import { collection } from './collections.ts';

/** An ADR as the site's pages receive it. */
export type AdrPageEntry = CollectionEntry<'adr'>;

/** The four-digit number people call an ADR by (`0008`), taken from its id. */
export function adrNumber(id: string): string {
  return id.slice(0, 4);
}

/**
 * Every ADR, newest decision first; ADRs decided on the same day are ordered by number,
 * highest first, so the later record of a day stays on top; ADRs without a date come last, by
 * number ({@link newestAdrFirst}).
 */
export async function adrsNewestFirst(): Promise<AdrPageEntry[]> {
  const adrs = await collection('adr');
  return adrs.sort(newestAdrFirst);
}

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
