import { ADR_STATUSES, newestAdrFirst, type Adr, type AdrStatus } from '../adr.ts';
import type { DebtItem } from '../debt.ts';
import type { Incident } from '../incident.ts';
import type { DoraKey, Metric, Scorecard } from '../scorecard.ts';
import { debtRegisterSummary, type DebtRegisterSummary } from './debt.ts';
import { doraBand, type DoraBand } from './dora.ts';
import { countable, type EntryOf, type ExampleOption } from './entries.ts';
import {
  incidentSummary,
  openActionItems,
  type IncidentSummary,
  type TrackedActionItem,
} from './incidents.ts';
import { reviewsDue, type ReviewDue } from './reviews.ts';
import { meetsTarget } from './targets.ts';

/** The content a dashboard is computed from: the entries of each type it reads. */
export interface DashboardInput {
  adr: readonly EntryOf<Adr>[];
  incident: readonly EntryOf<Incident>[];
  debt: readonly EntryOf<DebtItem>[];
  scorecard: readonly EntryOf<Scorecard>[];
}

/** One DORA key of the latest scorecard, with its band and whether it meets its target. */
export interface DoraKeyFigure {
  key: DoraKey;
  metric: Metric;
  band: DoraBand | undefined;
  meetsTarget: boolean | undefined;
}

/** Every figure of the leaders' dashboard, computed from content only. */
export interface Dashboard {
  /** The latest scorecard by date (its id), or `undefined` when there is none. */
  scorecard: EntryOf<Scorecard> | undefined;
  /** The four DORA keys of that scorecard, in the report's order. */
  dora: DoraKeyFigure[];
  /** Incidents of the last 90 days by severity, with MTTR. */
  incidents: IncidentSummary;
  /** Open action items, earliest due first. */
  actionItems: TrackedActionItem[];
  /** The debt register's totals. */
  debt: DebtRegisterSummary;
  /** ADRs by status, every status present. */
  adrsByStatus: Record<AdrStatus, number>;
  /** The five most recent ADRs by date, then number. */
  recentAdrs: EntryOf<Adr>[];
  /** ADR reviews past due or due within 30 days. */
  reviewsDue: ReviewDue[];
}

const DORA_KEYS: readonly DoraKey[] = [
  'deployments-per-week',
  'lead-time-for-changes-days',
  'change-failure-rate-percent',
  'time-to-restore-minutes',
];

/**
 * The leaders' dashboard: the latest scorecard's DORA keys against target with their DORA 2023
 * band, incidents of the 90 days up to `today` (`YYYY-MM-DD`) by severity with median time to
 * restore, open and overdue action items, debt totals, ADRs by status, recent ADRs and reviews
 * due. Records marked `example` are left out unless `includeExamples`. The site's dashboard and
 * the decks both call this, so a figure is the same wherever it appears.
 */
export function dashboard(
  input: DashboardInput,
  { today, ...options }: { today: string } & ExampleOption,
): Dashboard {
  const scorecards = countable(input.scorecard, options).sort((a, b) => b.id.localeCompare(a.id));
  const scorecard = scorecards[0];
  const dora =
    scorecard === undefined
      ? []
      : DORA_KEYS.map((key) => {
          const metric = scorecard.data.dora[key];
          return {
            key,
            metric,
            band: doraBand(key, metric.current),
            meetsTarget: meetsTarget(metric.current, metric.target),
          };
        });
  const adrsByStatus = Object.fromEntries(
    ADR_STATUSES.map((status) => [
      status,
      input.adr.filter((adr) => adr.data.status === status).length,
    ]),
  ) as Record<AdrStatus, number>;
  const recentAdrs = [...input.adr].sort(newestAdrFirst).slice(0, 5);
  return {
    scorecard,
    dora,
    incidents: incidentSummary(input.incident, { today, ...options }),
    actionItems: openActionItems(input.incident, { today, ...options }),
    debt: debtRegisterSummary(input.debt, options),
    adrsByStatus,
    recentAdrs,
    reviewsDue: reviewsDue(input.adr, { today }),
  };
}
