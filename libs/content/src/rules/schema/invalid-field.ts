import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `schema/invalid-field`: a field of the right kind with a value the schema does not allow. */
export const invalidField = rule<{ field: string; problem: string; found?: string; fix: string }>()({
  id: 'schema/invalid-field',
  severity: 'error',
  summary: 'Each field must hold an allowed value: one of its listed values, its format (ids, tags, dates), its range.',
  message: ({ field, problem, found }) => `${field} ${problem}${found === undefined ? '' : ` (found ${found})`}.`,
  fix: ({ fix }) => fix,
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ').replace('status: accepted', 'status: proposed')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ').replace('status: accepted', 'status: draft')) },
  },
});
