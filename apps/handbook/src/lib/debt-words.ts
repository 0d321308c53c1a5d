import {
  NOT_STATED_IN_RECORD,
  type DebtImpact,
  type DebtQuadrantShown,
  type DebtItem,
} from '@handbook/schema';

/** A debt item's impact in words: "blocking features", or "not stated" when the sources give none. */
export function impactWords(impact: DebtImpact | typeof NOT_STATED_IN_RECORD): string {
  return impact === NOT_STATED_IN_RECORD ? 'not stated' : impact.replaceAll('-', ' ');
}

/** A debt item's Fowler quadrant in words: "prudent, inadvertent", or "not classified". */
export function quadrantWords(quadrant: DebtQuadrantShown): string {
  return quadrant === NOT_STATED_IN_RECORD ? 'not classified' : quadrant.replace('-', ', ');
}

/** When a debt item entered the register, or "not stated" when its source gives no date. */
export function createdWords(created: DebtItem['created']): string {
  return created === NOT_STATED_IN_RECORD ? 'not stated' : created;
}
