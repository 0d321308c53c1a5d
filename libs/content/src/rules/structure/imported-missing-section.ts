import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

const importedFrom = 'imported:\n  from: doc/adr/0002-adopt-bullmq.md\n';

/**
 * `structure/imported-missing-section`: an imported record (front matter `imported`, written by
 * `handbook import`) without one of its type's required sections. A warning, not an error: the
 * record was written to another team's template (Backstage's "Background", log4brains' free
 * text) and the importer does not invent sections for it.
 */
export const importedMissingSection = rule<{ kind: string; section: string }>()({
  id: 'structure/imported-missing-section',
  severity: 'warning',
  summary:
    "An imported ADR or postmortem lacks a section this handbook requires: reported as a warning, since it was written to another team's template.",
  message: ({ kind, section }) => `This imported ${kind} has no "${section}" section; it was written to another template.`,
  fix: ({ section }) => `When you next edit it, move its text under a level-2 heading "## ${section}".`,
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', importedFrom)) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', importedFrom), '## Background\n\nWhy.\n\n## Outcome\n\nThis.\n') },
  },
});
