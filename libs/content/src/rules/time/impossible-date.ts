import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `time/impossible-date`: a date of the right shape that the calendar does not have. */
export const impossibleDate = rule<{ field: string; date: string }>()({
  id: 'time/impossible-date',
  severity: 'error',
  summary: 'Dates must exist on the calendar: no 30 February, no month 13.',
  message: ({ field, date }) => `${field} is ${date}, a day the calendar does not have.`,
  fix: () => 'Use a real date, written YYYY-MM-DD (February has 28 days, 29 in leap years).',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ').replace('2026-11-16', '2028-02-29')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ').replace('2026-11-16', '2026-02-30')) },
  },
});
