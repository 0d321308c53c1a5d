import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `structure/missing-section`: a body without one of its type's required level-2 sections. */
export const missingSection = rule<{ kind: string; section: string; alsoCalled: readonly string[]; found: string | undefined; meant?: string | undefined }>()({
  id: 'structure/missing-section',
  severity: 'error',
  summary:
    'ADRs and postmortems have their required sections as level-2 or level-3 headings, under our names or the standards\' (ADRs: Context and Decision, MADR\'s Context and Problem Statement and Decision Outcome; postmortems: Timeline, Root Cause, Impact, Lessons Learned).',
  message: ({ kind, section, alsoCalled, found }) =>
    `The ${kind} has no "${section}" section${alsoCalled.length === 0 ? '' : ` (nor ${alsoCalled.map((name) => `"${name}"`).join(' or ')})`}${found === undefined ? '' : `; "${found}" is not read as one`}.`,
  fix: ({ section, found, meant }) =>
    found === undefined
      ? `Add a level-2 heading "## ${section}" with its text; \`handbook new\` writes every section.`
      : `Did you mean "## ${meant ?? section}"? Sections are level-2 or level-3 headings with the section's name.`,
  examples: {
    ok: {
      'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ')),
      'adr/0003-adopt-madr.md': adrFile(adrFields('Adopt MADR'), '## Context and Problem Statement\n\nWhy.\n\n## Considered Options\n\n* MADR\n\n## Decision Outcome\n\nMADR.\n\n### Consequences\n\n* Good.\n'),
      'adr/0004-adopt-nygard.md': adrFile(adrFields('Adopt Nygard'), '## Context\n\nWhy.\n\n## Decision\n\nThis.\n\n## Consequences\n\nThose.\n'),
    },
    notOk: {
      'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), '## Context\n\nWhy.\n\n## Consequences\n\nThose.\n'),
      'adr/0003-adopt-madr.md': adrFile(adrFields('Adopt MADR'), '## Context\n\nWhy.\n\n#### Decision\n\nMADR.\n'),
    },
  },
});
