import type { DoraKey, Figure } from '../scorecard.ts';

/** The performance bands of DORA, best first. */
export const DORA_BANDS = ['elite', 'high', 'medium', 'low'] as const;

/** One of {@link DORA_BANDS}. */
export type DoraBand = (typeof DORA_BANDS)[number];

/** The report whose thresholds {@link doraBand} applies; shown on the dashboard beside each band. */
export const DORA_REPORT = 'DORA Accelerate State of DevOps 2023';

interface Thresholds {
  /** Whether a larger figure is better (deployments) or worse (lead time, failures, restore time). */
  higherIsBetter: boolean;
  /** The bound each band must meet, inclusive: elite, high, medium; anything else is low. */
  bounds: readonly [elite: number, high: number, medium: number];
}

/**
 * Thresholds of the DORA 2023 report, in the unit of each scorecard key:
 * - deployment frequency: elite on demand (daily or more, 7/week), high at least weekly (1/week),
 *   medium at least monthly (12/52 per week); the report gives low the same range as medium,
 *   so anything slower than monthly is low here.
 * - lead time for changes: elite under a day (1), high up to a week (7), medium up to a month (30 days).
 * - change failure rate: elite 5%, high 10%, medium 15%; low above.
 * - failed deployment recovery time: elite under an hour (60), high under a day (1,440),
 *   medium up to a week (10,080 minutes).
 */
export const DORA_THRESHOLDS: Record<DoraKey, Thresholds> = {
  'deployments-per-week': { higherIsBetter: true, bounds: [7, 1, 12 / 52] },
  'lead-time-for-changes-days': { higherIsBetter: false, bounds: [1, 7, 30] },
  'change-failure-rate-percent': { higherIsBetter: false, bounds: [5, 10, 15] },
  'time-to-restore-minutes': { higherIsBetter: false, bounds: [60, 1_440, 10_080] },
};

/**
 * The DORA band of a figure for one of the four keys, by {@link DORA_THRESHOLDS} (bounds
 * inclusive: exactly 1 deployment a week is high). A range is classified by its worse end, so a
 * band never flatters. Output: the band, or `undefined` when the figure is `null` (not measured).
 */
export function doraBand(key: DoraKey, figure: Figure | null): DoraBand | undefined {
  if (figure === null) return undefined;
  const { higherIsBetter, bounds } = DORA_THRESHOLDS[key];
  const value = typeof figure === 'number' ? figure : higherIsBetter ? figure.min : figure.max;
  const meets = (bound: number) => (higherIsBetter ? value >= bound : value <= bound);
  const index = bounds.findIndex(meets);
  return DORA_BANDS[index === -1 ? 3 : index];
}
