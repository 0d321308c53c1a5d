import type { Diagnostic } from '../../diagnostic.ts';
import type { FileContext } from '../context.ts';
import { adrFields, adrFile } from '../examples.ts';
import { report, rule } from '../rule.ts';

/** ADR statuses whose review date still matters: a decision in force or under discussion. */
const LIVE_STATUSES: ReadonlySet<unknown> = new Set(['proposed', 'accepted']);

/** `time/review-due`: an ADR in force whose review date has passed. A warning: the decision may still hold. */
export const reviewDue = rule<{ date: string; today: string }>()({
  id: 'time/review-due',
  severity: 'warning',
  summary: 'A proposed or accepted ADR whose review-date has passed is due for review (a warning, not an error).',
  message: ({ date, today }) => `review-date ${date} has passed (today is ${today}): the decision is due for review.`,
  fix: () => 'Review the decision with its decision-makers, then set a new review-date, or supersede or deprecate the ADR.',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', 'review-date: 2999-01-01\n')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', 'review-date: 2026-11-17\n')) },
  },
});

/** Reports a proposed or accepted ADR whose `review-date` is before `today`, at that key. */
export function checkReviewDue({ file, type, yaml, today }: FileContext): Diagnostic[] {
  if (type !== 'adr' || yaml === undefined) return [];
  const data = yaml.data as Record<string, unknown> | null;
  const date = data?.['review-date'];
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || date >= today || !LIVE_STATUSES.has(data?.status)) return [];
  return [report(reviewDue, { file, ...yaml.locate(['review-date']) }, { date, today })];
}
