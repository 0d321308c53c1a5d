import type { DoraKey, Figure, ScorecardMetricKey, Target } from '@handbook/schema';

/** How a scorecard metric is named and printed. */
interface MetricPresentation {
  /** What leaders call it. */
  label: string;
  /** The unit in words, for chart axes and text alternatives ("minutes"). */
  unit: string;
  /** Printed after the number ("%", " min", "/week"). */
  suffix: string;
  /** Printed before the number ("$"), with large numbers in compact form ("$272K"). */
  currency?: '$';
}

const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * Label and unit of every scorecard metric, keyed by its field; typed by the schema's keys, so a
 * new metric fails typecheck here until it is given a label and a unit.
 */
export const METRICS: Record<DoraKey | ScorecardMetricKey, MetricPresentation> = {
  'deployments-per-week': {
    label: 'Deployment frequency',
    unit: 'deployments per week',
    suffix: '/week',
  },
  'lead-time-for-changes-days': { label: 'Lead time for changes', unit: 'days', suffix: ' days' },
  'change-failure-rate-percent': { label: 'Change failure rate', unit: 'percent', suffix: '%' },
  'time-to-restore-minutes': { label: 'Time to restore (MTTR)', unit: 'minutes', suffix: ' min' },
  'uptime-percent': { label: 'Uptime', unit: 'percent', suffix: '%' },
  'infrastructure-time-percent': {
    label: 'Engineering time on infrastructure',
    unit: 'percent',
    suffix: '%',
  },
  'features-per-month': { label: 'Features shipped', unit: 'features per month', suffix: '/month' },
  'cycle-time-days': { label: 'Cycle time', unit: 'days', suffix: ' days' },
  'rd-run-rate-usd': { label: 'R&D run rate', unit: 'US dollars', suffix: '', currency: '$' },
  headcount: { label: 'Headcount', unit: 'people', suffix: '' },
};

/** A metric's key: a DORA key or another metric of the scorecard. */
export type MetricKey = keyof typeof METRICS;

function numberText(key: MetricKey, value: number): string {
  return METRICS[key].currency === undefined ? plain.format(value) : compact.format(value);
}

/** A figure for people: "92 min", "1–2/week", "~60%", "$272K", or "not measured". */
export function formatFigure(key: MetricKey, figure: Figure | null, approximate = false): string {
  if (figure === null) return 'not measured';
  const { suffix, currency = '' } = METRICS[key];
  const value =
    typeof figure === 'number'
      ? numberText(key, figure)
      : `${numberText(key, figure.min)}–${numberText(key, figure.max)}`;
  return `${approximate ? '~' : ''}${currency}${value}${suffix}`;
}

/** A target for people: "≥ 10/week", "≤ 30 min", "4–6/month by month 12". */
export function formatTarget(key: MetricKey, target: Target | undefined): string {
  if (target === undefined) return 'no target';
  const { min, max, by } = target;
  const bound =
    min !== undefined && max !== undefined
      ? formatFigure(key, { min, max })
      : min !== undefined
        ? `≥ ${formatFigure(key, min)}`
        : `≤ ${formatFigure(key, max ?? 0)}`;
  return by === undefined ? bound : `${bound} by ${by}`;
}

/** Minutes for people: "36 min", "1 h 32 min", "2 d 3 h"; a dash when unknown. */
export function formatMinutes(minutes: number | undefined): string {
  if (minutes === undefined) return '—';
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 1_440)
    return `${Math.floor(minutes / 60)} h${minutes % 60 === 0 ? '' : ` ${minutes % 60} min`}`;
  return `${Math.floor(minutes / 1_440)} d ${Math.floor((minutes % 1_440) / 60)} h`;
}

/**
 * The open debt's estimated engineer-days as a figure: the sum of the estimates, or "—" when
 * open items exist and none has an estimate (a 0 there would read as no work left).
 * Input: the register's totals (`debtRegisterSummary`).
 */
export function estimatedDaysShown(summary: {
  open: number;
  openEstimatedDays: number;
  openUnestimated: number;
}): string {
  return summary.open > 0 && summary.openUnestimated === summary.open
    ? '—'
    : String(summary.openEstimatedDays);
}
