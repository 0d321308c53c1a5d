import { adrBodyWith, adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `input/too-many-references`: more character references (`&nbsp;`, `&#160;`) than the reader parses, reported before parsing. */
export const tooManyReferences = rule<{ references: number; limit: number }>()({
  id: 'input/too-many-references',
  severity: 'error',
  summary: 'A content file may hold at most 2,000 character references (&nbsp;, &#160;): more is not text anyone writes, and is not parsed or rendered.',
  message: ({ references, limit }) => `The file holds ${references.toLocaleString('en')} character references, over the limit of ${limit.toLocaleString('en')}; it was not rendered.`,
  fix: () => 'Write the characters themselves (UTF-8) instead of &…; references.',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), adrBodyWith('Queues &amp; workers.')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), adrBodyWith('&nbsp;'.repeat(2001))) },
  },
});
