import { adrFields, adrFile } from '../examples.ts';
import { rule, withArticle } from '../rule.ts';

/** `reference/unknown-entry`: a typed reference (supersedes, an action item's debt) to no entry of that type. */
export const unknownEntry = rule<{ field: string; id: string; label: string; folder: string; suggestion?: string }>()({
  id: 'reference/unknown-entry',
  severity: 'error',
  summary: 'A reference to an entry of a given type (supersedes, superseded-by, an action item\'s debt) names an existing file of that type.',
  message: ({ field, id, label, folder }) => `${field} names "${id}", which is not ${withArticle(label)} in ${folder}/.`,
  fix: ({ suggestion, label }) => (suggestion === undefined ? `Use the file name, without extension, of an existing ${label}.` : `Did you mean ${suggestion}?`),
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ').replace('status: accepted', 'status: superseded') + 'superseded-by: 0003-adopt-streams\n'), 'adr/0003-adopt-streams.md': adrFile(adrFields('Adopt streams', 'supersedes:\n  - 0002-adopt-bullmq\n')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', 'supersedes:\n  - 0009-use-redis\n')) },
  },
});
