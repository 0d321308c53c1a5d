import { adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `schema/missing-field`: a required field is absent. */
export const missingField = rule<{ field: string; holds: string; key: string; parent: string }>()({
  id: 'schema/missing-field',
  severity: 'error',
  summary: 'Every required field of the content type must be present.',
  message: ({ field, holds }) => `${field} is missing; it is required (${holds}).`,
  fix: ({ key, parent }) => `Add a line "${key}: …"${parent} with its value.`,
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile('title: Adopt BullMQ\nstatus: proposed\ndate: 2026-11-16\ndecision-makers: [charles]\n') },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile('status: proposed\ndate: 2026-11-16\ndecision-makers: [charles]\n') },
  },
});
