import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `structure/missing-section`: a body without one of its type's required level-2 sections. */
export const missingSection = rule<{ kind: string; section: string }>()({
  id: 'structure/missing-section',
  severity: 'error',
  summary: 'ADRs and postmortems have their required sections as level-2 headings (Context, Options Considered, Decision, Consequences; Timeline, Root Cause, Impact, Lessons Learned).',
  message: ({ kind, section }) => `The ${kind} has no "${section}" section.`,
  fix: ({ section }) => `Add a level-2 heading "## ${section}" with its text; \`handbook new\` writes every section.`,
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), '## Context\n\nWhy.\n\n## Decision\n\nThis.\n') },
  },
});
