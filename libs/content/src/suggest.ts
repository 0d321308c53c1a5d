import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `name` when it is close enough to be a typo (at most 3 edits,
 * Levenshtein distance), for "did you mean" fixes; `undefined` otherwise.
 */
export function suggest(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const nearest = closest(name, [...candidates]);
  return distance(name, nearest) <= 3 ? nearest : undefined;
}
