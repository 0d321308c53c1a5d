import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/**
 * `schema/unknown-field`: a field the content type does not have, with did-you-mean for typos. A
 * warning, not an error: the entry is read without it, so records another team wrote with keys
 * of their own publish while the typo is still reported.
 */
export const unknownField = rule<{ field: string; suggestion?: string; allowed: string[] }>()({
  id: 'schema/unknown-field',
  severity: 'warning',
  summary: 'Only the fields of the content type are read, so a misspelt field is reported instead of silently ignored.',
  message: ({ field }) => `${field} is not a field of this content type; it is ignored.`,
  fix: ({ suggestion, allowed }) => (suggestion === undefined ? `Remove it; the fields are ${allowed.join(', ')}.` : `Rename it to ${suggestion}.`),
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', 'tags:\n  - queues\n')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', 'tag:\n  - queues\n')) },
  },
});
