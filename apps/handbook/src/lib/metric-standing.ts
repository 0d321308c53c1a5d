import { meetsTarget, type Figure, type Target } from '@handbook/schema';

/**
 * How a figure stands against its target, in the dashboard's words (`meetsTarget`): `met`,
 * `missed`, `not-measured` when the figure is `null`; `undefined` when there is no target.
 */
export function standingOf(
  figure: Figure | null,
  target: Target | undefined,
): 'met' | 'missed' | 'not-measured' | undefined {
  if (target === undefined) return undefined;
  const meets = meetsTarget(figure, target);
  return meets === undefined ? 'not-measured' : meets ? 'met' : 'missed';
}
