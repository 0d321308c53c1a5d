import type { Adr } from './adr.ts';

/** The kinds of content a reference can point at. */
export type ReferenceTarget = 'person' | 'adr' | 'any';

/** One reference held by a content entry: the field it sits in, its position in a list, and the id. */
export interface Reference {
  /** Path of the field in the front matter, as zod reports it (`['decision-makers', 1]`). */
  path: (string | number)[];
  /** What kind of entry the id must name. */
  target: ReferenceTarget;
  /** The id as written. */
  id: string;
}

const ADR_PERSON_LISTS = ['decision-makers', 'consulted', 'informed'] as const;

/**
 * Every reference an ADR makes to other content, so that one resolver can check them all.
 * Input: validated ADR front matter. Output: one {@link Reference} per id, in field order.
 */
export function adrReferences(adr: Adr): Reference[] {
  const references: Reference[] = [];
  for (const field of ADR_PERSON_LISTS) {
    adr[field].forEach((id, index) => references.push({ path: [field, index], target: 'person', id }));
  }
  adr.supersedes.forEach((id, index) => references.push({ path: ['supersedes', index], target: 'adr', id }));
  if (adr['superseded-by'] !== undefined) {
    references.push({ path: ['superseded-by'], target: 'adr', id: adr['superseded-by'] });
  }
  adr.related.forEach((id, index) => references.push({ path: ['related', index], target: 'any', id }));
  return references;
}
