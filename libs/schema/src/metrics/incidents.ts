import {
  CLOSED_ACTION_ITEM_STATUSES,
  SEVERITIES,
  type ActionItem,
  type Incident,
  type Severity,
} from '../incident.ts';
import { countable, type EntryOf, type ExampleOption } from './entries.ts';
import { median } from './median.ts';
import { addDays, incidentDurations } from './time.ts';

/** Incidents of a recent window, for the dashboard. */
export interface IncidentSummary {
  /** First day of the window, `YYYY-MM-DD` (UTC). */
  since: string;
  /** Incidents that started in the window, by severity, every severity present (0 when none). */
  bySeverity: Record<Severity, number>;
  /** All incidents that started in the window. */
  total: number;
  /** Median time to restore of the resolved ones, minutes; `undefined` when none is resolved. */
  medianTimeToRestoreMinutes: number | undefined;
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
  const inWindow = countable(incidents, options).filter(({ data }) => {
    const day = new Date(data.started).toISOString().slice(0, 10);
    return day >= since && day <= today;
  });
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<
    Severity,
    number
  >;
  for (const { data } of inWindow) bySeverity[data.severity] += 1;
  const restoreTimes = inWindow.flatMap(
    ({ data }) => incidentDurations(data).durationMinutes ?? [],
  );
  return {
    since,
    bySeverity,
    total: inWindow.length,
    medianTimeToRestoreMinutes: median(restoreTimes),
  };
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
        overdue: item.due < today,
      })),
    )
    .filter(({ item }) => !CLOSED_ACTION_ITEM_STATUSES.includes(item.status))
    .sort((a, b) => a.item.due.localeCompare(b.item.due) || a.incident.localeCompare(b.incident));
}
