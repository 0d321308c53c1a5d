import type { Incident } from '../incident.ts';

const MILLISECONDS_PER_MINUTE = 60_000;
const MILLISECONDS_PER_DAY = 86_400_000;

/**
 * Whole minutes from `start` to `end`, two ISO 8601 instants with offsets. Exact across time
 * zones and daylight-saving changes, since both are converted to UTC first. Negative when
 * `end` is earlier. Throws `RangeError` when either is not a valid instant.
 */
export function minutesBetween(start: string, end: string): number {
  const [from, to] = [Date.parse(start), Date.parse(end)];
  if (Number.isNaN(from) || Number.isNaN(to))
    throw new RangeError(`not an ISO 8601 instant: ${Number.isNaN(from) ? start : end}`);
  return Math.round((to - from) / MILLISECONDS_PER_MINUTE);
}

/**
 * Whole days from `start` to `end`, two calendar dates `YYYY-MM-DD`, counted in UTC so no zone
 * can shift them. Negative when `end` is earlier.
 */
export function daysBetween(start: string, end: string): number {
  return Math.round(
    (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / MILLISECONDS_PER_DAY,
  );
}

/** The calendar date `days` after `date` (`YYYY-MM-DD`, UTC); `days` may be negative. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MILLISECONDS_PER_DAY)
    .toISOString()
    .slice(0, 10);
}

/** The derived times of a postmortem, in minutes. */
export interface IncidentDurations {
  /** `detected - started`: how long the impact went unnoticed; absent when either is not stated. */
  timeToDetectMinutes: number | undefined;
  /** `resolved - started`: how long customers felt it (time to restore); absent while unresolved or not stated. */
  durationMinutes: number | undefined;
}

/** Minutes between two of a postmortem's times, or `undefined` when either is absent or `unknown`. */
function minutesIfStated(start: string | undefined, end: string | undefined): number | undefined {
  if (start === undefined || end === undefined) return undefined;
  if (Number.isNaN(Date.parse(start)) || Number.isNaN(Date.parse(end))) return undefined;
  return minutesBetween(start, end);
}

/** Time to detect and duration of a postmortem, derived from its instants (never typed by authors). */
export function incidentDurations(
  incident: Pick<Incident, 'started' | 'detected' | 'resolved'>,
): IncidentDurations {
  return {
    timeToDetectMinutes: minutesIfStated(incident.started, incident.detected),
    durationMinutes: minutesIfStated(incident.started, incident.resolved),
  };
}
