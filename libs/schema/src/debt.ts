import { z } from 'zod';
import { addIssue, asRecord, EVEN_WHEN_OTHER_FIELDS_FAIL } from './cross-field.ts';
import {
  ContentIdSchema,
  enumError,
  ExampleFlagSchema,
  IsoDateSchema,
  listOf,
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
    quadrant: z.enum(DEBT_QUADRANTS, enumError(DEBT_QUADRANTS)).meta({
      description:
        "Where the debt sits in Martin Fowler's technical debt quadrant: reckless or prudent, deliberate or inadvertent. Required.",
    }),
    'quadrant-reason': z
      .string({ error: 'is required: one line on why the item sits in its quadrant' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .meta({
        description:
          'One line on why the item sits in that quadrant. Required, so a classification can be argued with.',
      }),
    impact: z.enum(DEBT_IMPACTS, enumError(DEBT_IMPACTS)).meta({
      description:
        'What the debt does today: blocks features, causes incidents, slows onboarding, or only accumulates. Required.',
    }),
    priority: z
      .enum(DEBT_PRIORITIES, enumError(DEBT_PRIORITIES))
      .meta({ description: `${listOf(DEBT_PRIORITIES)}. Required.` }),
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
    created: IsoDateSchema.meta({
      description: 'When the item entered the register, `YYYY-MM-DD`. Required.',
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
    const { created, resolved } = item;
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
