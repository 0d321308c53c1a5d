/** Longest slug a new file gets, cut at a word boundary, so that paths stay readable. */
const MAX_SLUG_LENGTH = 60;

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
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}
