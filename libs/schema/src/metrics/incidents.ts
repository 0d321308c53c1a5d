import {
  CLOSED_ACTION_ITEM_STATUSES,
  SEVERITIES_SHOWN,
  type ActionItem,
  type Incident,
  type SeverityShown,
} from '../incident.ts';
import { dateOfId } from '../identity.ts';
import { countable, type EntryOf, type ExampleOption } from './entries.ts';
import { median } from './median.ts';
import { addDays, incidentDurations } from './time.ts';

/** Incidents of a recent window, for the dashboard. */
export interface IncidentSummary {
  /** First day of the window, `YYYY-MM-DD` (UTC). */
  since: string;
  /** Incidents that started in the window, by severity, every severity present (0 when none), `unknown` for those whose record gives none. */
  bySeverity: Record<SeverityShown, number>;
  /** All incidents that started in the window. */
  total: number;
  /**
   * Median duration (start to resolved) of the resolved ones, minutes; `undefined` when none is
   * resolved. Not the scorecard's time to restore (DORA), which the team reports itself.
   */
  medianDurationMinutes: number | undefined;
}

/**
 * The day (UTC, `YYYY-MM-DD`) a postmortem's incident started: from `started`, or from the date its
 * file name starts with when `started` is `unknown`.
 */
export function incidentDay({ id, data }: EntryOf<Pick<Incident, 'started'>>): string | undefined {
  const instant = Date.parse(data.started);
  return Number.isNaN(instant) ? dateOfId(id) : new Date(instant).toISOString().slice(0, 10);
}

/**
 * Incidents that started within the `days` days up to and including `today` (a `YYYY-MM-DD`
 * date, UTC), counted by severity, with the median time to restore (MTTR) of the resolved ones.
 * Examples are left out unless `includeExamples`.
 */
export function incidentSummary(
  incidents: readonly EntryOf<Incident>[],
  { today, days = 90, ...options }: { today: string; days?: number } & ExampleOption,
): IncidentSummary {
  const since = addDays(today, -(days - 1));
  const inWindow = countable(incidents, options).filter(({ id, data }) => {
    const day = incidentDay({ id, data });
    return day !== undefined && day >= since && day <= today;
  });
  const bySeverity = Object.fromEntries(
    SEVERITIES_SHOWN.map((severity) => [severity, 0]),
  ) as Record<SeverityShown, number>;
  for (const { data } of inWindow) bySeverity[data.severity] += 1;
  const restoreTimes = inWindow.flatMap(
    ({ data }) => incidentDurations(data).durationMinutes ?? [],
  );
  return {
    since,
    bySeverity,
    total: inWindow.length,
    medianDurationMinutes: median(restoreTimes),
  };
}

/**
 * Whether an action item is overdue on `today` (`YYYY-MM-DD`): still open or in progress, and
 * due before that day. The dashboard and the postmortem page both ask this.
 */
export function isOverdue(item: Pick<ActionItem, 'status' | 'due'>, today: string): boolean {
  return !CLOSED_ACTION_ITEM_STATUSES.includes(item.status) && item.due < today;
}

/** An action item with the postmortem it comes from and whether it is past due. */
export interface TrackedActionItem {
  /** Id of the postmortem that agreed it. */
  incident: string;
  /** Index in the postmortem's `action-items`. */
  index: number;
  item: ActionItem;
  /** Open (not done or wont-do) and due before `today`. */
  overdue: boolean;
}

/**
 * Every open action item (status open or in-progress) of every postmortem, earliest due first,
 * each marked overdue when its due date is before `today` (`YYYY-MM-DD`). Examples are left out
 * unless `includeExamples`.
 */
export function openActionItems(
  incidents: readonly EntryOf<Incident>[],
  { today, ...options }: { today: string } & ExampleOption,
): TrackedActionItem[] {
  return countable(incidents, options)
    .flatMap(({ id, data }) =>
      data['action-items'].map((item, index) => ({
        incident: id,
        index,
        item,
        overdue: isOverdue(item, today),
      })),
    )
    .filter(({ item }) => !CLOSED_ACTION_ITEM_STATUSES.includes(item.status))
    .sort((a, b) => a.item.due.localeCompare(b.item.due) || a.incident.localeCompare(b.incident));
}
