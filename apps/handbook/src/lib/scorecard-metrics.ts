import type { DoraKey, Metric, Scorecard, ScorecardMetricKey } from '@handbook/schema';

/** The DORA four keys in the report's order. */
export const DORA_KEYS: readonly DoraKey[] = [
  'deployments-per-week',
  'lead-time-for-changes-days',
  'change-failure-rate-percent',
  'time-to-restore-minutes',
];

/** The scorecard's other metrics, in the order the scorecard page shows them. */
export const OTHER_KEYS: readonly ScorecardMetricKey[] = [
  'uptime-percent',
  'infrastructure-time-percent',
  'features-per-month',
  'cycle-time-days',
  'rd-run-rate-usd',
  'headcount',
];

/** One metric of a snapshot, a DORA key or another. */
export function metricOf(scorecard: Scorecard, key: DoraKey | ScorecardMetricKey): Metric {
  return (DORA_KEYS as readonly string[]).includes(key)
    ? scorecard.dora[key as DoraKey]
    : scorecard[key as ScorecardMetricKey];
}
