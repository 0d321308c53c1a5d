import { adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `schema/empty-front-matter`: front matter (or a data file) with no fields at all. */
export const emptyFrontmatter = rule<{ fields: string[]; what: 'front matter' | 'file' }>()({
  id: 'schema/empty-front-matter',
  severity: 'error',
  summary: 'Front matter must hold the fields of its content type.',
  message: ({ what }) => `The ${what} is empty.`,
  fix: ({ fields, what }) => `Write the fields${what === 'front matter' ? ' between the two --- lines' : ''}; this type has ${fields.join(', ')}.`,
  examples: {
    ok: {},
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile('') },
  },
});
