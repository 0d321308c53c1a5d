import { rule } from '../rule.ts';

/** `schema/missing-front-matter`: a Markdown entry without a `---` block at its top. */
export const missingFrontmatter = rule<{ kind: string }>()({
  id: 'schema/missing-front-matter',
  severity: 'error',
  summary: 'A Markdown entry must start with YAML front matter between two --- lines.',
  message: ({ kind }) => `The ${kind} has no YAML front matter.`,
  fix: () => 'Start the file with a block between two `---` lines holding its fields; `handbook new` writes one.',
  examples: {
    ok: {},
    notOk: { 'adr/0002-adopt-bullmq.md': '# Adopt BullMQ\n\nWe will use BullMQ.\n' },
  },
});
