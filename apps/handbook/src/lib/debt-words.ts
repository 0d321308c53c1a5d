import { NOT_STATED_IN_RECORD, type DebtImpact, type DebtQuadrantShown } from '@handbook/schema';

/** A debt item's impact in words: "blocking features", or "not stated" when the sources give none. */
export function impactWords(impact: DebtImpact | typeof NOT_STATED_IN_RECORD): string {
  return impact === NOT_STATED_IN_RECORD ? 'not stated' : impact.replaceAll('-', ' ');
}

/** A debt item's Fowler quadrant in words: "prudent, inadvertent", or "not classified". */
export function quadrantWords(quadrant: DebtQuadrantShown): string {
  return quadrant === NOT_STATED_IN_RECORD ? 'not classified' : quadrant.replace('-', ', ');
}
