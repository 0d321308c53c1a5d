import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `reference/self`: an entry that names itself in a reference field. */
export const selfReference = rule<{ field: string }>()({
  id: 'reference/self',
  severity: 'error',
  summary: 'An entry does not supersede, or relate to, itself.',
  message: ({ field }) => `${field} names this entry itself.`,
  fix: () => 'Name another entry.',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', 'related:\n  - 0001-run-on-kubernetes\n')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', 'related:\n  - 0002-adopt-bullmq\n')) },
  },
});
