import { adrBodyWith, adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

const nestedList = (depth: number) => Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`).join('\n');

/** `input/too-deep`: Markdown nested deeper than the reader parses, reported before parsing. */
export const tooDeep = rule<{ depth: number; limit: number }>()({
  id: 'input/too-deep',
  severity: 'error',
  summary: 'Lists and quotes may nest at most 64 levels; deeper nesting is not parsed or rendered.',
  message: ({ depth, limit }) => `The Markdown nests lists or quotes ${depth} levels deep, over the limit of ${limit}; it was not rendered.`,
  fix: () => 'Flatten the nesting: use headings or separate lists.',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), adrBodyWith(nestedList(4))) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), adrBodyWith(nestedList(100))) },
  },
});
