import { adrBodyWith, adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `input/too-large`: a file over the reader's size limit, reported without being read. */
export const tooLarge = rule<{ bytes: number; limit: number }>()({
  id: 'input/too-large',
  severity: 'error',
  summary: 'A content file must be at most 1 MiB; a 600-word ADR is about 4 KB.',
  message: ({ bytes, limit }) => `The file is ${bytes} bytes, over the limit of ${limit} bytes, and was not read.`,
  fix: () => 'Split it into smaller entries, or move large data out of the handbook.',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), adrBodyWith('A long paragraph. '.repeat(1000))) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), adrBodyWith('A long paragraph. '.repeat(60_000))) },
  },
});
