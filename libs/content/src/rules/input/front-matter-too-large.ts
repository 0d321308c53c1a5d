import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `input/front-matter-too-large`: front matter over the size the YAML parser is given. */
export const frontMatterTooLarge = rule<{ length: number; limit: number }>()({
  id: 'input/front-matter-too-large',
  severity: 'error',
  summary: 'Front matter is at most 65,536 characters: it holds fields, not documents; a larger block is not parsed.',
  message: ({ length, limit }) => `The front matter is ${length} characters, over the limit of ${limit}; it was not parsed.`,
  fix: () => 'Move long text into the body below the front matter.',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', '# A short comment.\n')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', `${'# A comment line that goes on and on.\n'.repeat(2000)}`)) },
  },
});
