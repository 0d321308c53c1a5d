import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/**
 * `structure/empty-section`: a required section with nothing in it but HTML comments, such as the
 * writing prompt `handbook new` leaves (`<!-- Write the decision here. -->`), which a reader never sees.
 */
export const emptySection = rule<{ kind: string; section: string }>()({
  id: 'structure/empty-section',
  severity: 'error',
  summary: "A required section of an ADR or postmortem holds text, not only the template's placeholder comment.",
  message: ({ kind, section }) => `The ${kind}'s "${section}" section is empty: it holds nothing but comments, which the site does not show.`,
  fix: ({ section }) => `Write the ${section.toLowerCase()} under its heading, in place of the placeholder comment.`,
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), '## Context\n\nWhy.\n\n## Decision\n\nThis.\n') },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), '## Context\n\nWhy.\n\n## Decision\n\n<!-- Write the decision here. -->\n') },
  },
});
