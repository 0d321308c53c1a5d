import { z } from 'zod';
import { addIssue, asRecord, EVEN_WHEN_OTHER_FIELDS_FAIL } from './cross-field.ts';
import { ExampleFlagSchema } from './fields.ts';

/**
 * Where the engineering organisation stands, after the co-pilot's maturity table:
 * survival (pre-product, under 3 engineers), foundation (3 to 10 engineers, early customers),
 * scale (10 to 30, product-market fit), optimize (30+, several teams).
 */
export const MATURITY_STAGES = ['survival', 'foundation', 'scale', 'optimize'] as const;

/** How a metric stands against its target, as the co-pilot's scorecard colours it. */
export const METRIC_STATUSES = ['green', 'yellow', 'red'] as const;

/** A range as a source states it ("1–2 per week"): both ends inclusive, `min <= max`. */
export const RangeSchema = z
  .strictObject({
    /** The low end, inclusive. */
    min: z.number({ error: 'must be a number' }),
    /** The high end, inclusive. */
    max: z.number({ error: 'must be a number' }),
  })
  .refine((range) => range.min <= range.max, { error: 'must have min at most max', path: ['max'] });

/** A measured figure: one number, or a range when the source gives one. */
export const FigureSchema = z.union([z.number(), RangeSchema], { error: 'must be a number or a range { "min", "max" }' });

/** A goal: at least `min`, at most `max`, or both; `by` says when it is due ("month 12"). */
export const TargetSchema = z
  .strictObject({
    /** The figure must reach at least this. */
    min: z.number({ error: 'must be a number' }).optional(),
    /** The figure must stay at or below this. */
    max: z.number({ error: 'must be a number' }).optional(),
    /** When the target is due, in the source's words ("month 12"). */
    by: z.string().trim().min(1).optional(),
  })
  .refine((target) => target.min !== undefined || target.max !== undefined, { error: 'must set min, max or both' });

/**
 * One metric of a snapshot. `current` is `null` when the metric is not measured yet, which is
 * itself a finding; `approximate` marks figures the source gives as "~60%".
 */
export const MetricSchema = z
  .strictObject({
    /** The figure at the snapshot's date, in the unit the metric's key names; `null` when not measured. */
    current: FigureSchema.nullable(),
    /** True when the source gives the figure as an estimate ("~60%"). */
    approximate: z.boolean().default(false),
    /** The goal, in the same unit. */
    target: TargetSchema.optional(),
    /** green, yellow or red against the target; absent when `current` is `null`. */
    status: z.enum(METRIC_STATUSES, { error: `must be one of ${METRIC_STATUSES.join(', ')}` }).optional(),
    /** One line of context, such as how the figure is measured. */
    note: z.string().trim().min(1).optional(),
  })
  .superRefine((value, context) => {
    const metric = asRecord(value) ?? {};
    if (metric.current === null && metric.status !== undefined) {
      addIssue(context, ['status'], 'must be left out while current is null: an unmeasured metric has no status');
    }
  }, EVEN_WHEN_OTHER_FIELDS_FAIL);

/**
 * The four keys of DORA (DevOps Research and Assessment), each in the unit its key names.
 * Bands are computed by `doraBand` with the DORA 2023 report's thresholds.
 */
export const DoraSchema = z.strictObject({
  /** How often code reaches production, deployments per week. */
  'deployments-per-week': MetricSchema,
  /** Lead time for changes: commit to running in production, in days. */
  'lead-time-for-changes-days': MetricSchema,
  /** Change failure rate: share of deployments that cause a failure in production, in percent. */
  'change-failure-rate-percent': MetricSchema,
  /** Time to restore service after a failure (MTTR), in minutes. */
  'time-to-restore-minutes': MetricSchema,
});

/** The COGS kill switch: a spending limit as a share of monthly recurring revenue (MRR). */
export const KillSwitchSchema = z.strictObject({
  /** The limit, percent of MRR. */
  'threshold-percent-of-mrr': z.number({ error: 'must be a percentage' }).positive({ error: 'must be more than 0' }),
  /** Months in a row above the limit after which the work it covers pauses. */
  'pause-after-months': z.int({ error: 'must be a whole number of months' }).positive({ error: 'must be at least 1' }),
  /** Cost of goods sold at the snapshot's date, percent of MRR; `null` when not reported. */
  'current-percent-of-mrr': z.number({ error: 'must be a percentage' }).nullable(),
});

/**
 * An engineering scorecard snapshot (`scorecards/YYYY-MM-DD.json`, dated by its file name):
 * the co-pilot's `engineering_scorecard.json` as numbers with units, so it can be charted.
 * Debt figures are not here: they come from the register in `content/debt/`.
 */
export const ScorecardSchema = z.strictObject({
  /** The generated JSON Schema this file follows, for editors; ignored by the handbook. */
  $schema: z.string().optional(),
  /** Where the figures come from ("CTO technical assessment, leadership offsite"). Required. */
  source: z.string({ error: 'is required: where the figures come from' }).trim().min(1, { error: 'must not be empty' }),
  /** See {@link MATURITY_STAGES}. Required. */
  'maturity-stage': z.enum(MATURITY_STAGES, { error: `must be one of ${MATURITY_STAGES.join(', ')}` }),
  /** The DORA four keys. Required. */
  dora: DoraSchema,
  /** Share of time the service is up, percent. */
  'uptime-percent': MetricSchema,
  /** Share of engineering time spent on infrastructure and firefighting rather than product, percent. */
  'infrastructure-time-percent': MetricSchema,
  /** Product features shipped per month. */
  'features-per-month': MetricSchema,
  /** Feature cycle time, idea to customer, in days (a month counted as 30 days). */
  'cycle-time-days': MetricSchema,
  /** R&D run rate in US dollars, as the source states it. */
  'rd-run-rate-usd': MetricSchema,
  /** The COGS kill switch and where cost stands against it. */
  'cogs-kill-switch': KillSwitchSchema,
  /** People in engineering, the CTO included. */
  headcount: MetricSchema,
  /** Roles open for hiring; `null` when not reported. */
  'open-roles': z.int({ error: 'must be a whole number' }).min(0).nullable(),
  /** True for a snapshot written to illustrate the format; it stays out of every figure. */
  example: ExampleFlagSchema,
});

/** A validated scorecard snapshot. */
export type Scorecard = z.output<typeof ScorecardSchema>;
/** One metric of a snapshot. */
export type Metric = z.output<typeof MetricSchema>;
/** A figure: a number or a range. */
export type Figure = z.output<typeof FigureSchema>;
/** A metric target. */
export type Target = z.output<typeof TargetSchema>;
/** One of {@link METRIC_STATUSES}. */
export type MetricStatus = (typeof METRIC_STATUSES)[number];
/** One of {@link MATURITY_STAGES}. */
export type MaturityStage = (typeof MATURITY_STAGES)[number];
/** The four DORA keys, by their scorecard field. */
export type DoraKey = keyof z.output<typeof DoraSchema>;
/** The metrics of a snapshot outside the DORA keys, by their field (`uptime-percent`…). */
export type ScorecardMetricKey = { [Key in keyof Scorecard]-?: Scorecard[Key] extends Metric ? Key : never }[keyof Scorecard];
