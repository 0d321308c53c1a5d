import { adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `schema/wrong-type`: a field holds the wrong kind of value (a word where a list belongs, a number where text belongs). */
export const wrongType = rule<{ field: string; problem: string; found: string; fix: string }>()({
  id: 'schema/wrong-type',
  severity: 'error',
  summary: 'Each field must hold its kind of value: text, a number, true or false, a list or a map.',
  message: ({ field, problem, found }) => `${field} ${problem} (found ${found}).`,
  fix: ({ fix }) => fix,
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile('title: Adopt BullMQ\nstatus: proposed\ndate: 2026-11-16\ndecision-makers:\n  - charles\ntags:\n  - queues\n') },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile('title: Adopt BullMQ\nstatus: proposed\ndate: 2026-11-16\ndecision-makers:\n  - charles\ntags: queues\n') },
  },
});
