import { closest, distance } from 'fastest-levenshtein';

/**
 * The most edits (Levenshtein distance) a typo of a word of `length` characters may have: 1 up
 * to 4 characters, 2 up to 8, 3 beyond. A fixed 3 would turn any short word into any other
 * ("nick" into "id"); the scale follows the length bands of typo correctors such as
 * Elasticsearch's `fuzziness: AUTO` (0-2: 0, 3-5: 1, >5: 2), one edit more generous for ids.
 */
function maxTypoDistance(length: number): number {
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

/**
 * The candidate nearest to `name` when it is close enough to be a typo of it (see
 * {@link maxTypoDistance}), for "did you mean" fixes; `undefined` otherwise.
 */
export function suggest(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const nearest = closest(name, [...candidates]);
  return distance(name, nearest) <= maxTypoDistance(name.length) ? nearest : undefined;
}

/**
 * {@link suggest}'s candidate when it is the only one that near (no other candidate as close):
 * a typo `handbook lint --fix` may correct without asking; `undefined` otherwise.
 */
export function onlySuggestion(name: string, candidates: readonly string[]): string | undefined {
  const nearest = suggest(name, candidates);
  if (nearest === undefined) return undefined;
  const best = distance(name, nearest);
  return candidates.filter((candidate) => distance(name, candidate) === best).length === 1 ? nearest : undefined;
}
