import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `schema/inconsistent-fields`: two fields of one file that must agree do not. */
export const inconsistentFields = rule<{ field: string; problem: string }>()({
  id: 'schema/inconsistent-fields',
  severity: 'error',
  summary: 'Fields that depend on each other must agree: a superseded ADR names its successor, a resolved postmortem says when.',
  message: ({ field, problem }) => `${field} ${problem}.`,
  fix: () => 'Change this field or the one it depends on so that the two agree.',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ').replace('status: accepted', 'status: deprecated')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ').replace('status: accepted', 'status: superseded')) },
  },
});
