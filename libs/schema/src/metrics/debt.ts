import {
  DEBT_PRIORITIES_SHOWN,
  DEBT_QUADRANTS,
  type DebtItem,
  type DebtPriorityShown,
  type DebtQuadrantShown,
} from '../debt.ts';
import { NOT_STATED_IN_RECORD } from '../fields.ts';
import { countable, type EntryOf, type ExampleOption } from './entries.ts';

const rank = (priority: DebtPriorityShown) => DEBT_PRIORITIES_SHOWN.indexOf(priority);

/**
 * The open items of a debt register (no `resolved` date), most urgent priority first (the order
 * of `DEBT_PRIORITIES`, an item whose priority is not stated last), then by title: the register page's and the deck's order. The input is
 * not changed.
 */
export function openDebtByPriority<
  Entry extends EntryOf<Pick<DebtItem, 'resolved' | 'priority' | 'title'>>,
>(items: readonly Entry[]): Entry[] {
  return items
    .filter(({ data }) => data.resolved === undefined)
    .sort(
      (a, b) =>
        rank(a.data.priority) - rank(b.data.priority) || a.data.title.localeCompare(b.data.title),
    );
}

/** The debt register's totals, for the register page, the dashboard and the deck. */
export interface DebtRegisterSummary {
  /** Items not yet resolved. */
  open: number;
  /** Items resolved. */
  resolved: number;
  /** Open items by priority, every priority present, `unknown` for those with none stated. */
  openByPriority: Record<DebtPriorityShown, number>;
  /** Open items by Fowler quadrant, every quadrant present. */
  openByQuadrant: Record<DebtQuadrantShown, number>;
  /** Sum of `estimated-days` over open items that have an estimate, engineer-days. */
  openEstimatedDays: number;
  /** Open items with no estimate yet, which `openEstimatedDays` therefore leaves out. */
  openUnestimated: number;
}

/** Totals of the debt register (see {@link DebtRegisterSummary}); examples left out unless `includeExamples`. */
export function debtRegisterSummary(
  items: readonly EntryOf<DebtItem>[],
  options: ExampleOption = {},
): DebtRegisterSummary {
  const counted = countable(items, options);
  const open = openDebtByPriority(counted);
  const openByPriority = Object.fromEntries(
    DEBT_PRIORITIES_SHOWN.map((priority) => [priority, 0]),
  ) as Record<DebtPriorityShown, number>;
  const openByQuadrant = Object.fromEntries(
    [...DEBT_QUADRANTS, NOT_STATED_IN_RECORD].map((quadrant) => [quadrant, 0]),
  ) as Record<DebtQuadrantShown, number>;
  let openEstimatedDays = 0;
  let openUnestimated = 0;
  for (const { data } of open) {
    openByPriority[data.priority] += 1;
    openByQuadrant[data.quadrant] += 1;
    if (data['estimated-days'] === undefined) openUnestimated += 1;
    else openEstimatedDays += data['estimated-days'];
  }
  return {
    open: open.length,
    resolved: counted.length - open.length,
    openByPriority,
    openByQuadrant,
    openEstimatedDays,
    openUnestimated,
  };
}
