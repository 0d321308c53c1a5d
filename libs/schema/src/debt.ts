import { z } from 'zod';
import { addIssue, asRecord, EVEN_WHEN_OTHER_FIELDS_FAIL } from './cross-field.ts';
import {
  ContentIdSchema,
  ExampleFlagSchema,
  IsoDateSchema,
  listOf,
  NOT_STATED_IN_RECORD,
  orUnknown,
  PersonIdSchema,
  TagSchema,
} from './fields.ts';

/**
 * Martin Fowler's technical-debt quadrant ("TechnicalDebtQuadrant", 2009), as the co-pilot
 * classifies debt: reckless or prudent, deliberate or inadvertent. What each calls for:
 * reckless-deliberate, fix soon (high risk); reckless-inadvertent, train or hire;
 * prudent-deliberate, track and schedule; prudent-inadvertent, normal learning.
 */
export const DEBT_QUADRANTS = [
  'reckless-deliberate',
  'reckless-inadvertent',
  'prudent-deliberate',
  'prudent-inadvertent',
] as const;

/** What a debt item does to the organisation today, after the co-pilot's `tech_debt.json`. */
export const DEBT_IMPACTS = [
  'blocking-features',
  'causing-incidents',
  'slowing-onboarding',
  'accumulating',
] as const;

/** How soon a debt item should be paid down, most urgent first. */
export const DEBT_PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;

/**
 * Front matter of a tech-debt item (`content/debt/kebab-title.md`). The body says what the
 * debt is and what paying it down takes. Register totals (by priority, open estimated days) are
 * computed by `debtRegisterSummary`, never typed.
 */
export const DebtItemSchema = z
  .strictObject({
    title: z
      .string({ error: 'is required: the debt in a few words' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .meta({
        description:
          'The debt in a few words ("Terraform state drifts from the clusters"). Required.',
      }),
    label: z
      .string({ error: 'must be text: the source’s own word for the item' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .optional()
      .meta({
        description:
          'How the source that raised the item classifies it, in its own words ("Highest Impact", "Active Risk"): shown beside the title and on a deck’s debt slide. Absent when the source gives none.',
      }),
    quadrant: orUnknown(z.enum(DEBT_QUADRANTS), `one of ${listOf(DEBT_QUADRANTS)}`).meta({
      description: `Where the debt sits in Martin Fowler's technical debt quadrant: reckless or prudent, deliberate or inadvertent; or \`${NOT_STATED_IN_RECORD}\` (shown "not classified") when no reason for a quadrant can be cited. Required.`,
    }),
    'quadrant-reason': z
      .string({ error: 'must be one line on why the item sits in its quadrant' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .optional()
      .meta({
        description:
          'One line on why the item sits in that quadrant, citing its source. Required with a quadrant, so a classification can be argued with.',
      }),
    impact: orUnknown(z.enum(DEBT_IMPACTS), `one of ${listOf(DEBT_IMPACTS)}`).meta({
      description: `What the debt does today: blocks features, causes incidents, slows onboarding, or only accumulates; or \`${NOT_STATED_IN_RECORD}\` when the sources do not say. Required.`,
    }),
    priority: orUnknown(z.enum(DEBT_PRIORITIES), `one of ${listOf(DEBT_PRIORITIES)}`).meta({
      description: `${listOf(DEBT_PRIORITIES)}, or \`${NOT_STATED_IN_RECORD}\` when nobody has set one. Required.`,
    }),
    'estimated-days': z
      .number({ error: 'must be a number of engineer-days' })
      .positive({ error: 'must be more than 0' })
      .optional()
      .meta({
        description:
          'Estimated effort to pay it down, in engineer-days. Absent when nobody has estimated it yet.',
      }),
    owner: PersonIdSchema.optional().meta({
      description:
        'Person id from `content/team.yaml` who owns the paydown. Absent while unassigned.',
    }),
    created: orUnknown(IsoDateSchema, 'a date written YYYY-MM-DD').meta({
      description: `When the item entered the register, \`YYYY-MM-DD\`, or \`${NOT_STATED_IN_RECORD}\` when the source that raised it gives no date. Required.`,
    }),
    resolved: IsoDateSchema.optional().meta({
      description:
        'When the debt was paid down, `YYYY-MM-DD`, on or after `created`. Absent while open.',
    }),
    related: z.array(ContentIdSchema, { error: 'must be a list of content ids' }).default([]).meta({
      description:
        'Ids of any other content this debt relates to (ADRs, postmortems, other debt items).',
    }),
    tags: z
      .array(TagSchema, { error: 'must be a list of kebab-case tags' })
      .default([])
      .meta({ description: 'Kebab-case tags for search and facets.' }),
    example: ExampleFlagSchema.meta({
      description:
        'True for an item written to illustrate the format; such items stay out of every figure.',
    }),
  })
  .superRefine((value, context) => {
    const item = asRecord(value) ?? {};
    const { created, resolved, quadrant } = item;
    if (
      typeof quadrant === 'string' &&
      quadrant !== NOT_STATED_IN_RECORD &&
      item['quadrant-reason'] === undefined
    ) {
      addIssue(
        context,
        ['quadrant-reason'],
        `is required with a quadrant: one line on why the item is ${quadrant}, citing its source; or write quadrant: ${NOT_STATED_IN_RECORD}`,
        'consistency',
      );
    }
    const isDate = (text: unknown): text is string => IsoDateSchema.safeParse(text).success;
    if (isDate(created) && isDate(resolved) && resolved < created) {
      addIssue(
        context,
        ['resolved'],
        `must be on or after created (${created}): debt is paid after it is recorded`,
        'time-order',
      );
    }
  }, EVEN_WHEN_OTHER_FIELDS_FAIL);

/** A validated debt item, defaults applied. */
export type DebtItem = z.output<typeof DebtItemSchema>;
/** One of {@link DEBT_QUADRANTS}. */
export type DebtQuadrant = (typeof DEBT_QUADRANTS)[number];
/** One of {@link DEBT_PRIORITIES}. */
export type DebtPriority = (typeof DEBT_PRIORITIES)[number];
/** One of {@link DEBT_IMPACTS}. */
export type DebtImpact = (typeof DEBT_IMPACTS)[number];
/** A debt item's priority as the register shows it: one of ours, or not stated. */
export type DebtPriorityShown = DebtPriority | typeof NOT_STATED_IN_RECORD;
/** The priorities the register counts by, most urgent first, not stated last. */
export const DEBT_PRIORITIES_SHOWN: readonly DebtPriorityShown[] = [
  ...DEBT_PRIORITIES,
  NOT_STATED_IN_RECORD,
];
/** A debt item's quadrant as the register shows it: one of Fowler's, or not classified. */
export type DebtQuadrantShown = DebtQuadrant | typeof NOT_STATED_IN_RECORD;
