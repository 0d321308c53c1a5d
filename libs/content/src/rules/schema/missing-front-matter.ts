import { rule } from '../rule.ts';

/**
 * `schema/missing-front-matter`: a Markdown entry without a `---` block at its top, or with an
 * opening `---` that no later `---` line closes (`unclosed`), which reads as no front matter at all.
 */
export const missingFrontmatter = rule<{ kind: string; unclosed: boolean }>()({
  id: 'schema/missing-front-matter',
  severity: 'error',
  summary: 'A Markdown entry must start with YAML front matter between two --- lines.',
  message: ({ kind, unclosed }) =>
    unclosed ? `The ${kind}'s front matter opens with --- on line 1 but is never closed, so none of its fields is read.` : `The ${kind} has no YAML front matter.`,
  fix: ({ unclosed }) =>
    unclosed
      ? 'Add a line holding only `---` after the last field, before the first heading.'
      : 'Start the file with a block between two `---` lines holding its fields; `handbook new` writes one.',
  examples: {
    ok: {},
    notOk: { 'adr/0002-adopt-bullmq.md': '# Adopt BullMQ\n\nWe will use BullMQ.\n' },
  },
});
