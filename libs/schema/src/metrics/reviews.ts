import type { Adr } from '../adr.ts';
import type { EntryOf } from './entries.ts';
import { addDays } from './time.ts';

/** An ADR whose review date has come or is near. */
export interface ReviewDue {
  id: string;
  /** The review date, `YYYY-MM-DD`. */
  reviewDate: string;
  /** True when the review date is before `today`. */
  overdue: boolean;
}

/**
 * ADRs still in force (proposed or accepted) whose `review-date` falls on or before `today`
 * plus `withinDays` (default 30), earliest first. `today` is `YYYY-MM-DD`.
 */
export function reviewsDue(
  adrs: readonly EntryOf<Adr>[],
  { today, withinDays = 30 }: { today: string; withinDays?: number },
): ReviewDue[] {
  const horizon = addDays(today, withinDays);
  return adrs
    .flatMap(({ id, data }) => {
      const reviewDate = data['review-date'];
      if (reviewDate === undefined || reviewDate > horizon) return [];
      if (data.status !== 'proposed' && data.status !== 'accepted') return [];
      return [{ id, reviewDate, overdue: reviewDate < today }];
    })
    .sort((a, b) => a.reviewDate.localeCompare(b.reviewDate) || a.id.localeCompare(b.id));
}
