import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `reference/unknown-content`: a `related` id that names no entry of any type. */
export const unknownContent = rule<{ field: string; id: string; suggestion?: string }>()({
  id: 'reference/unknown-content',
  severity: 'error',
  summary: 'Every id in related: names an entry of some type (ADR, postmortem, debt item, scorecard, page).',
  message: ({ field, id }) => `${field} names "${id}", which is no content in this repository.`,
  fix: ({ suggestion }) => (suggestion === undefined ? 'Use the id (file name without extension) of an existing entry.' : `Did you mean ${suggestion}?`),
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', 'related:\n  - 0001-run-on-kubernetes\n')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', 'related:\n  - 0001-run-on-kubernets\n')) },
  },
});
