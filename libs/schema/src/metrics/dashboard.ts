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
import { DORA_KEYS, scorecardStandings } from './scorecard-metrics.ts';
import { targetStanding, type TargetStanding } from './targets.ts';

/** The content a dashboard is computed from: the entries of each type it reads. */
export interface DashboardInput {
  adr: readonly EntryOf<Adr>[];
  incident: readonly EntryOf<Incident>[];
  debt: readonly EntryOf<DebtItem>[];
  scorecard: readonly EntryOf<Scorecard>[];
}

/** One DORA key of the latest scorecard, with its band and how it stands against its target. */
export interface DoraKeyFigure {
  key: DoraKey;
  metric: Metric;
  band: DoraBand | undefined;
  /** `undefined` when the key has no target. */
  standing: TargetStanding | undefined;
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
  /** ADRs of the main decision log. */
  adrsRecorded: number;
  /** Those ADRs by status, every status present. */
  adrsByStatus: Record<AdrStatus, number>;
  /** The five most recent ADRs by date, then number. */
  recentAdrs: EntryOf<Adr>[];
  /** ADR reviews past due or due within 30 days. */
  reviewsDue: ReviewDue[];
  /** The dashboard's first line: how the latest scorecard's targets stand, and what needs a leader now. */
  summary: DashboardSummary;
}

/** The figures of the dashboard's one-line summary, each computed from content. */
export interface DashboardSummary {
  /** The latest scorecard's targets (every metric with one, and the COGS kill switch) by standing. */
  targets: Record<TargetStanding, number> & { total: number };
  /** Open debt items of priority `critical`. */
  criticalDebt: number;
  /** Open action items past their due date. */
  overdueActionItems: number;
  /** SEV0 and SEV1 incidents that started in the last 90 days. */
  severeIncidents: number;
}

/** The summary of the figures a dashboard holds (see {@link DashboardSummary}). */
function summaryOf(
  scorecard: EntryOf<Scorecard> | undefined,
  incidents: IncidentSummary,
  actionItems: readonly TrackedActionItem[],
  debt: DebtRegisterSummary,
): DashboardSummary {
  const standings = scorecard === undefined ? [] : scorecardStandings(scorecard.data);
  const count = (standing: TargetStanding) => standings.filter(([, s]) => s === standing).length;
  return {
    targets: {
      met: count('met'),
      missed: count('missed'),
      'not-measured': count('not-measured'),
      total: standings.length,
    },
    criticalDebt: debt.openByPriority.critical,
    overdueActionItems: actionItems.filter((item) => item.overdue).length,
    severeIncidents: incidents.bySeverity.SEV0 + incidents.bySeverity.SEV1,
  };
}

/**
 * The leaders' dashboard: the latest scorecard's DORA keys against target with their DORA 2023
 * band, incidents of the 90 days up to `today` (`YYYY-MM-DD`) by severity with median time to
 * restore, open and overdue action items, debt totals, the main decision log's ADRs by status,
 * recent ADRs and reviews due (logs in folders, such as the handbook's own, are left to the
 * decision log) and the one-line summary ({@link DashboardSummary}). Records marked `example` are left out unless `includeExamples`. The site's dashboard and
 * the decks both call this, so a figure is the same wherever it appears.
 */
export function dashboard(
  input: DashboardInput,
  { today, ...options }: { today: string } & ExampleOption,
): Dashboard {
  // The organisation's decisions: the main log (`adr/NNNN-…`). A log in a folder (`adr/handbook/`,
  // a team's or a tool's own) has its own facet in the decision log, not a place on this page.
  const organisationAdrs = input.adr.filter((adr) => !adr.id.includes('/'));
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
            standing: targetStanding(metric.current, metric.target),
          };
        });
  const adrsByStatus = Object.fromEntries(
    ADR_STATUSES.map((status) => [
      status,
      organisationAdrs.filter((adr) => adr.data.status === status).length,
    ]),
  ) as Record<AdrStatus, number>;
  const recentAdrs = [...organisationAdrs].sort(newestAdrFirst).slice(0, 5);
  const incidents = incidentSummary(input.incident, { today, ...options });
  const actionItems = openActionItems(input.incident, { today, ...options });
  const debt = debtRegisterSummary(input.debt, options);
  return {
    scorecard,
    dora,
    incidents,
    actionItems,
    debt,
    adrsRecorded: organisationAdrs.length,
    adrsByStatus,
    recentAdrs,
    reviewsDue: reviewsDue(organisationAdrs, { today }),
    summary: summaryOf(scorecard, incidents, actionItems, debt),
  };
}
