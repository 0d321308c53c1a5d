import type { AdrStatus } from './adr.ts';

/**
 * The status words other teams' ADRs use, mapped to ours, longest phrase first so that "under
 * review" wins over "review". Seen in the corpus of 415 real records (../shared/corpus/README.md):
 * Implemented (35 in one repository), Approved, Pending, Draft, In Review, On hold, Reverted,
 * Declined, Incomplete, the misspelling "Superceded", and MADR's French translation (accepté,
 * proposé, rejeté, remplacé). The original word is kept in the imported file
 * (`imported.status`) whenever it is not one of ours, and lint suggests ours for it.
 */
const STATUS_WORDS: readonly (readonly [phrase: string, status: AdrStatus])[] = [
  ['under review', 'proposed'],
  ['in review', 'proposed'],
  ['in progress', 'proposed'],
  ['on hold', 'proposed'],
  ['superseded', 'superseded'],
  ['superceded', 'superseded'],
  ['implemented', 'accepted'],
  ['incomplete', 'proposed'],
  ['deprecated', 'deprecated'],
  ['accepted', 'accepted'],
  ['approved', 'accepted'],
  ['proposed', 'proposed'],
  ['rejected', 'rejected'],
  ['declined', 'rejected'],
  ['reverted', 'deprecated'],
  ['obsolete', 'deprecated'],
  ['retired', 'deprecated'],
  ['adopted', 'accepted'],
  ['pending', 'proposed'],
  ['decided', 'accepted'],
  ['completed', 'accepted'],
  ['remplace', 'superseded'],
  ['deprecie', 'deprecated'],
  ['accepte', 'accepted'],
  ['propose', 'proposed'],
  ['rejete', 'rejected'],
  ['draft', 'proposed'],
  ['done', 'accepted'],
];

/** Every status phrase of {@link STATUS_WORDS}, for "did you mean" over misspelt ones ("aproved"). */
export const ADR_STATUS_PHRASES: readonly string[] = STATUS_WORDS.map(([phrase]) => phrase);

/** Lower-case letters only, accents removed ("Proposé." → " propose "), words space-separated. */
function plainWords(text: string): string {
  const letters = text
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ');
  return ` ${letters} `;
}

/**
 * Our status for a status text as another team wrote it ("✅ Accepted", "Superseded by ADR 12",
 * "PROPOSED", "proposé"): the first phrase of {@link STATUS_WORDS} found as whole words, case
 * and accents ignored; `undefined` when none is.
 */
export function adrStatusForWord(text: string): AdrStatus | undefined {
  const words = plainWords(text);
  return STATUS_WORDS.find(([phrase]) => words.includes(` ${phrase} `))?.[1];
}

/** Whether a status text says the record was only partly superseded ("Partly superseded", "in part supersedes"). */
export function isPartialSupersession(text: string): boolean {
  return /\b(?:partly|partially|in part|some aspects)\b/i.test(text);
}
