import type { DoraKey, Metric, Scorecard, ScorecardMetricKey } from '../scorecard.ts';
import { targetStanding, type TargetStanding } from './targets.ts';

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

/** Every metric of a scorecard in the order the scorecard page shows them: the DORA keys, then the others. */
export const SCORECARD_KEYS: readonly (DoraKey | ScorecardMetricKey)[] = [
  ...DORA_KEYS,
  ...OTHER_KEYS,
];

/**
 * How the COGS kill switch stands: the current share of MRR against the threshold, a ceiling;
 * `not-measured` while the share is not reported.
 */
export function killSwitchStanding(killSwitch: Scorecard['cogs-kill-switch']): TargetStanding {
  return (
    targetStanding(killSwitch['current-percent-of-mrr'], {
      max: killSwitch['threshold-percent-of-mrr'],
    }) ?? 'not-measured'
  );
}

/**
 * How a snapshot stands against every target it states: each metric with a target, then the
 * COGS kill switch ({@link killSwitchStanding}). Output: `[name, standing]` pairs in
 * {@link SCORECARD_KEYS} order, `cogs-kill-switch` last.
 */
export function scorecardStandings(
  scorecard: Scorecard,
): [DoraKey | ScorecardMetricKey | 'cogs-kill-switch', TargetStanding][] {
  return [
    ...SCORECARD_KEYS.flatMap((key) => {
      const { current, target } = metricOf(scorecard, key);
      const standing = targetStanding(current, target);
      return standing === undefined
        ? []
        : [[key, standing] as [DoraKey | ScorecardMetricKey, TargetStanding]];
    }),
    ['cogs-kill-switch', killSwitchStanding(scorecard['cogs-kill-switch'])],
  ];
}
