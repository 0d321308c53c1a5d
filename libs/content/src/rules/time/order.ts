import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `time/order`: an end before its start (resolved before started, a review before the decision). */
export const timeOrder = rule<{ field: string; problem: string }>()({
  id: 'time/order',
  severity: 'error',
  summary: 'Dates must come in order: detected and resolved after started, a review after the decision, debt resolved after it was created.',
  message: ({ field, problem }) => `${field} ${problem}.`,
  fix: () => 'Correct whichever of the two dates is wrong; check the UTC offsets too.',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', 'review-date: 2027-02-16\n')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', 'review-date: 2026-02-16\n')) },
  },
});
