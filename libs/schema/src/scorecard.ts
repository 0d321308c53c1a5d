import { z } from 'zod';
import { addIssue, asRecord, EVEN_WHEN_OTHER_FIELDS_FAIL } from './cross-field.ts';
import { enumError, ExampleFlagSchema, listOf, NOT_STATED_IN_RECORD, orUnknown } from './fields.ts';

/**
 * Where the engineering organisation stands, after the co-pilot's maturity table:
 * survival (pre-product, under 3 engineers), foundation (3 to 10 engineers, early customers),
 * scale (10 to 30, product-market fit), optimize (30+, several teams).
 */
export const MATURITY_STAGES = ['survival', 'foundation', 'scale', 'optimize'] as const;

/** How a metric stands against its target, as the co-pilot's scorecard colours it. */
export const METRIC_STATUSES = ['green', 'yellow', 'red'] as const;

/** A range as a source states it ("1–2 per week"): both ends inclusive, `min <= max`. */
const RangeSchema = z
  .strictObject({
    min: z.number({ error: 'must be a number' }).meta({ description: 'The low end, inclusive.' }),
    max: z.number({ error: 'must be a number' }).meta({ description: 'The high end, inclusive.' }),
  })
  .refine((range) => range.min <= range.max, { error: 'must have min at most max', path: ['max'] });

/** A measured figure: one number, or a range when the source gives one. */
const FigureSchema = z.union([z.number(), RangeSchema], {
  error: 'must be a number or a range { "min", "max" }',
});

/** A goal: at least `min`, at most `max`, or both; `by` says when it is due ("month 12"). */
const TargetSchema = z
  .strictObject({
    min: z
      .number({ error: 'must be a number' })
      .optional()
      .meta({ description: 'The figure must reach at least this.' }),
    max: z
      .number({ error: 'must be a number' })
      .optional()
      .meta({ description: 'The figure must stay at or below this.' }),
    by: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta({ description: 'When the target is due, in the source\'s words ("month 12").' }),
  })
  .refine((target) => target.min !== undefined || target.max !== undefined, {
    error: 'must set min, max or both',
  });

/**
 * One metric of a snapshot. `current` is `null` when the metric is not measured yet, which is
 * itself a finding; `approximate` marks figures the source gives as "~60%".
 */
const MetricSchema = z
  .strictObject({
    current: FigureSchema.nullable().meta({
      description:
        "The figure at the snapshot's date, in the unit the metric's key names; `null` when not measured.",
    }),
    approximate: z
      .boolean()
      .default(false)
      .meta({ description: 'True when the source gives the figure as an estimate ("~60%").' }),
    target: TargetSchema.optional().meta({ description: 'The goal, in the same unit.' }),
    status: z
      .enum(METRIC_STATUSES, enumError(METRIC_STATUSES))
      .optional()
      .meta({
        description: `${listOf(METRIC_STATUSES)} against the target; absent when \`current\` is \`null\`.`,
      }),
    note: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta({ description: 'One line of context, such as how the figure is measured.' }),
  })
  .superRefine((value, context) => {
    const metric = asRecord(value) ?? {};
    if (metric.current === null && metric.status !== undefined) {
      addIssue(
        context,
        ['status'],
        'must be left out while current is null: an unmeasured metric has no status',
      );
    }
  }, EVEN_WHEN_OTHER_FIELDS_FAIL);

/** The values a metric's figures and targets may take, and the unit a message names. */
interface FigureRange {
  min: number;
  max: number;
  unit: string;
}

/** A share, in percent. */
const PERCENT: FigureRange = { min: 0, max: 100, unit: 'percent' };
/** A count, a duration or a rate: never negative; a million is past any figure an organisation reports, and keeps charts finite. */
const AMOUNT: FigureRange = { min: 0, max: 1_000_000, unit: '' };
/** US dollars a year: up to a trillion. */
const DOLLARS: FigureRange = { min: 0, max: 1_000_000_000_000, unit: 'US dollars' };

/** Every number a metric holds, with its path inside the metric: the current figure (or its range ends) and the target's bounds. */
function figuresOf(metric: z.output<typeof MetricSchema>): [PropertyKey[], number][] {
  const { current, target } = metric;
  const figures: [PropertyKey[], number][] = [];
  if (typeof current === 'number') figures.push([['current'], current]);
  else if (current !== null)
    figures.push([['current', 'min'], current.min], [['current', 'max'], current.max]);
  if (target?.min !== undefined) figures.push([['target', 'min'], target.min]);
  if (target?.max !== undefined) figures.push([['target', 'max'], target.max]);
  return figures;
}

/**
 * A metric whose figures and targets lie within `range`: a value such as 1e308 is a diagnostic at
 * its field, not a chart drawn with NaN (issue 18).
 */
function metricIn(range: FigureRange) {
  const between = `must be between ${range.min.toLocaleString('en')} and ${range.max.toLocaleString('en')}${range.unit === '' ? '' : ` ${range.unit}`}`;
  return MetricSchema.superRefine((metric, context) => {
    for (const [path, value] of figuresOf(metric)) {
      if (value < range.min)
        context.addIssue({
          code: 'too_small',
          origin: 'number',
          minimum: range.min,
          inclusive: true,
          path,
          input: value,
          message: between,
        });
      if (value > range.max)
        context.addIssue({
          code: 'too_big',
          origin: 'number',
          maximum: range.max,
          inclusive: true,
          path,
          input: value,
          message: between,
        });
    }
  });
}

/**
 * The four keys of DORA (DevOps Research and Assessment), each in the unit its key names.
 * Bands are computed by `doraBand` with the DORA 2023 report's thresholds.
 */
const DoraSchema = z.strictObject({
  'deployments-per-week': metricIn(AMOUNT).meta({
    description: 'How often code reaches production, deployments per week.',
  }),
  'lead-time-for-changes-days': metricIn(AMOUNT).meta({
    description: 'Lead time for changes: commit to running in production, in days.',
  }),
  'change-failure-rate-percent': metricIn(PERCENT).meta({
    description:
      'Change failure rate: share of deployments that cause a failure in production, in percent.',
  }),
  'time-to-restore-minutes': metricIn(AMOUNT).meta({
    description: 'Time to restore service after a failure (MTTR), in minutes.',
  }),
});

/** The COGS kill switch: a spending limit as a share of monthly recurring revenue (MRR). */
const KillSwitchSchema = z.strictObject({
  'threshold-percent-of-mrr': z
    .number({ error: 'must be a percentage' })
    .positive({ error: 'must be more than 0' })
    .max(1000, { error: 'must be at most 1,000 percent' })
    .meta({ description: 'The limit, percent of MRR.' }),
  'pause-after-months': z
    .int({ error: 'must be a whole number of months' })
    .positive({ error: 'must be at least 1' })
    .meta({
      description:
        'Months above the limit after which work pauses (the deck: "pause if exceeded 2+ mo"; whether they must be consecutive, and which work, is not stated).',
    }),
  'current-percent-of-mrr': z
    .number({ error: 'must be a percentage' })
    .min(0, { error: 'must be at least 0' })
    .max(1000, { error: 'must be at most 1,000 percent' })
    .nullable()
    .meta({
      description:
        "Cost of goods sold at the snapshot's date, percent of MRR; `null` when not reported.",
    }),
});

/**
 * An engineering scorecard snapshot (`scorecards/YYYY-MM-DD.json`, dated by its file name):
 * the co-pilot's `engineering_scorecard.json` as numbers with units, so it can be charted.
 * Debt figures are not here: they come from the register in `content/debt/`.
 */
export const ScorecardSchema = z.strictObject({
  $schema: z.string().optional().meta({
    description:
      'The generated JSON Schema this file follows, for editors; ignored by the handbook.',
  }),
  source: z
    .string({ error: 'is required: where the figures come from' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({
      description:
        'Where the figures come from ("CTO technical assessment, leadership offsite"). Required.',
    }),
  'maturity-stage': orUnknown(
    z.enum(MATURITY_STAGES, { error: `must be one of ${MATURITY_STAGES.join(', ')}` }),
    `one of ${MATURITY_STAGES.join(', ')}`,
  ).meta({
    description: `Where the organisation stands: survival (under 3 engineers), foundation (3 to 10), scale (10 to 30), optimize (30 and more); or \`${NOT_STATED_IN_RECORD}\` when the source does not place it. Required.`,
  }),
  dora: DoraSchema.meta({ description: 'The DORA four keys. Required.' }),
  'uptime-percent': metricIn(PERCENT).meta({
    description: 'Share of time the service is up, percent.',
  }),
  'infrastructure-time-percent': metricIn(PERCENT).meta({
    description:
      'Share of engineering time spent on infrastructure and firefighting rather than product, percent.',
  }),
  'features-per-month': metricIn(AMOUNT).meta({
    description: 'Product features shipped per month.',
  }),
  'cycle-time-days': metricIn(AMOUNT).meta({
    description: 'Feature cycle time, idea to customer, in days (a month counted as 30 days).',
  }),
  'rd-run-rate-usd': metricIn(DOLLARS).meta({
    description: 'R&D run rate in US dollars, as the source states it.',
  }),
  'cogs-kill-switch': KillSwitchSchema.meta({
    description: 'The COGS kill switch and where cost stands against it.',
  }),
  headcount: metricIn(AMOUNT).meta({ description: 'People in engineering, the CTO included.' }),
  'open-roles': z
    .int({ error: 'must be a whole number' })
    .min(0)
    .max(1_000_000, { error: 'must be at most 1,000,000' })
    .nullable()
    .meta({ description: 'Roles open for hiring; `null` when not reported.' }),
  example: ExampleFlagSchema.meta({
    description:
      'True for a snapshot written to illustrate the format; it stays out of every figure.',
  }),
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
export type ScorecardMetricKey = {
  [Key in keyof Scorecard]-?: Scorecard[Key] extends Metric ? Key : never;
}[keyof Scorecard];
