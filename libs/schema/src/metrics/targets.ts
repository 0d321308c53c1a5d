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
