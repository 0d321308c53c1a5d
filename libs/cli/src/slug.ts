/** Longest slug a new file gets, cut at a word boundary, so that paths stay readable. */
const MAX_SLUG_LENGTH = 60;

/** Short words a cut slug should not end on ("…-while-the-migration-is"). */
const TRAILING_FILLERS = new Set([
  'a',
  'an',
  'and',
  'any',
  'at',
  'for',
  'in',
  'is',
  'its',
  'of',
  'on',
  'or',
  'the',
  'to',
  'while',
  'with',
]);

/**
 * The kebab-case slug of a title for a file name: accents removed, lower case, runs of anything
 * but letters and digits turned into one hyphen, at most 60 characters ending on a whole word
 * ("Move Redis queues to BullMQ" → "move-redis-queues-to-bullmq"). Empty when the title has no
 * letter or digit.
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // The 61st character decides: the last piece of the cut is either a partial word or empty.
  const words = slug.slice(0, MAX_SLUG_LENGTH + 1).split('-');
  words.pop();
  while (words.length > 1 && TRAILING_FILLERS.has(words.at(-1) ?? '')) words.pop();
  return words.join('-') || slug.slice(0, MAX_SLUG_LENGTH);
}
