import type { Figure, Target } from '../scorecard.ts';

/**
 * Whether a figure meets its target: at least `min` and at most `max`, bounds inclusive. A
 * range must meet the target at both ends, so a result never flatters. Output: `undefined` when
 * the figure is not measured (`null`) or there is no target.
 */
export function meetsTarget(
  figure: Figure | null,
  target: Target | undefined,
): boolean | undefined {
  if (figure === null || target === undefined) return undefined;
  const [low, high] = typeof figure === 'number' ? [figure, figure] : [figure.min, figure.max];
  return (
    (target.min === undefined || low >= target.min) &&
    (target.max === undefined || high <= target.max)
  );
}

/**
 * How a figure stands against its target, the one vocabulary the scorecard, the dashboard and
 * deck cards share: `met`, `missed`, or `not-measured` when the figure is `null`.
 */
export const TARGET_STANDINGS = ['met', 'missed', 'not-measured'] as const;

/** One of {@link TARGET_STANDINGS}. */
export type TargetStanding = (typeof TARGET_STANDINGS)[number];

/** A standing as a reader sees it written: "met", "missed", "not measured". */
export const STANDING_WORDS = {
  met: 'met',
  missed: 'missed',
  'not-measured': 'not measured',
} as const satisfies Record<TargetStanding, string>;

/**
 * How `figure` stands against `target` ({@link meetsTarget}): a {@link TargetStanding}, or
 * `undefined` when there is no target to stand against.
 */
export function targetStanding(
  figure: Figure | null,
  target: Target | undefined,
): TargetStanding | undefined {
  if (target === undefined) return undefined;
  const meets = meetsTarget(figure, target);
  return meets === undefined ? 'not-measured' : meets ? 'met' : 'missed';
}
