import { z } from 'zod';
import { AdrIdSchema, IsoDateSchema, PersonIdSchema, TagSchema } from './fields.ts';

/**
 * Lifecycle of an ADR, after MADR 4: a new record starts `proposed`; `superseded` needs
 * `superseded-by`. Order matters: it is the order the site lists status facets in.
 */
export const ADR_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;

/** One of {@link ADR_STATUSES}. */
export const AdrStatusSchema = z.enum(ADR_STATUSES, {
  error: `must be one of ${ADR_STATUSES.join(', ')}`,
});

/**
 * Front matter of an Architecture Decision Record (`adr/NNNN-kebab-title.md`).
 * Field names follow MADR 4 plus the seed template's review date. Unknown keys are an
 * error, so a typo such as `decision-maker` is caught instead of silently ignored.
 * Cross-record rules (ids exist, supersession agrees on both ends) live in `relations.ts`
 * and are checked by `@handbook/content`, which sees every file.
 */
export const AdrSchema = z
  .strictObject({
    /** What was decided, as a short imperative sentence ("Move Redis queues to BullMQ"). Required. */
    title: z.string({ error: 'is required: a short imperative sentence naming the decision' }).trim().min(1, {
      error: 'must not be empty: name the decision in a short imperative sentence',
    }),
    /** Where the decision stands: proposed, accepted, rejected, deprecated or superseded. Required. */
    status: AdrStatusSchema,
    /** When the decision was taken (or proposed), `YYYY-MM-DD`. Required. */
    date: IsoDateSchema,
    /** Person ids from `content/team.yaml` accountable for the decision. At least one. */
    'decision-makers': z
      .array(PersonIdSchema, { error: 'must be a list of person ids from content/team.yaml' })
      .min(1, { error: 'must name at least one person id from content/team.yaml' }),
    /** Person ids whose opinion was sought before deciding (two-way communication). */
    consulted: z.array(PersonIdSchema, { error: 'must be a list of person ids' }).default([]),
    /** Person ids kept up to date on the outcome (one-way communication). */
    informed: z.array(PersonIdSchema, { error: 'must be a list of person ids' }).default([]),
    /** Kebab-case tags for the ADR log's facets (`infrastructure`, `team`, `ai`). */
    tags: z.array(TagSchema, { error: 'must be a list of kebab-case tags' }).default([]),
    /** Ids of the ADRs this one replaces; each of them must name this one in `superseded-by`. */
    supersedes: z.array(AdrIdSchema, { error: 'must be a list of ADR ids' }).default([]),
    /** Id of the ADR that replaced this one. Required exactly when `status` is `superseded`. */
    'superseded-by': AdrIdSchema.optional(),
    /** When the decision should be looked at again, `YYYY-MM-DD`, on or after `date`. */
    'review-date': IsoDateSchema.optional(),
    /** Ids of any other content this decision relates to (ADRs today; incidents and debt items later). */
    related: z.array(z.string(), { error: 'must be a list of content ids' }).default([]),
  })
  .superRefine((adr, context) => {
    if (adr.status === 'superseded' && adr['superseded-by'] === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['superseded-by'],
        message: 'is required when status is superseded: name the ADR id that replaced this one',
      });
    }
    if (adr.status !== 'superseded' && adr['superseded-by'] !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['status'],
        message: `must be superseded when superseded-by is set (found ${adr.status})`,
      });
    }
    if (adr['review-date'] !== undefined && adr['review-date'] < adr.date) {
      context.addIssue({
        code: 'custom',
        path: ['review-date'],
        message: `must be on or after date (${adr.date}); a review cannot precede the decision`,
      });
    }
  });

/** Validated ADR front matter, defaults applied (lists are never undefined). */
export type Adr = z.output<typeof AdrSchema>;
/** ADR front matter as an author writes it, before defaults. */
export type AdrInput = z.input<typeof AdrSchema>;
/** One of the ADR lifecycle statuses. */
export type AdrStatus = z.output<typeof AdrStatusSchema>;
