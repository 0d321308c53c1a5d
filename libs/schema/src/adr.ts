import { z } from 'zod';
import {
  addIssue,
  asRecord,
  checkRequiredWhen,
  EVEN_WHEN_OTHER_FIELDS_FAIL,
  requiredWhenJsonSchema,
  type RequiredWhen,
} from './cross-field.ts';
import {
  AdrIdSchema,
  ContentIdSchema,
  ImportedFromSchema,
  IsoDateSchema,
  PersonIdSchema,
  TagSchema,
} from './fields.ts';
import { SITE_GENERATOR_FIELDS } from './site-generator-fields.ts';

/** The `decision-date` of a decision taken before its record on a day nobody recorded. */
export const DECIDED_BEFORE_RECORD = 'unknown';

/**
 * The `decision-makers` of a decision whose record does not say who took it, as most records
 * other teams bring do (about 97% of the corpus): written, never guessed.
 */
export const DECIDERS_NOT_RECORDED = 'unknown';

/**
 * Lifecycle of an ADR, after MADR 4: a new record starts `proposed`; `superseded` needs
 * `superseded-by`. Order matters: it is the order the site lists status facets in.
 */
export const ADR_STATUSES = [
  'proposed',
  'accepted',
  'rejected',
  'deprecated',
  'superseded',
] as const;

/** One of {@link ADR_STATUSES}. */
export const AdrStatusSchema = z.enum(ADR_STATUSES, {
  error: `must be one of ${ADR_STATUSES.join(', ')}`,
});

/**
 * The fields an ADR needs once its status says so: `superseded-by` once superseded; from
 * accepted on, `decision-makers` (or `unknown`) unless `decision-date` says
 * the decision predates its record (MADR 4 leaves deciders optional while proposed).
 */
const ADR_REQUIRED_WHEN: readonly RequiredWhen[] = [
  {
    when: 'status',
    is: ['superseded'],
    field: 'superseded-by',
    message: () => 'is required when status is superseded: name the ADR id that replaced this one',
  },
  {
    when: 'status',
    is: ADR_STATUSES.filter((status) => status !== 'proposed'),
    field: 'decision-makers',
    unlessPresent: 'decision-date',
    message: (status) =>
      `must name at least one person id from content/team.yaml once the ADR is ${status}; write ${DECIDERS_NOT_RECORDED} when the record does not say who decided`,
  },
];

/**
 * Front matter of an Architecture Decision Record (`adr/NNNN-kebab-title.md`).
 * Field names follow MADR 4 plus the seed template's review date; the keys of the site
 * generators MADR logs are published with are accepted and ignored. Unknown keys are reported
 * (a warning from `@handbook/content`), so a typo such as `decision-maker` is not silently lost.
 * Cross-record rules (ids exist, supersession agrees on both ends) live in `relations.ts`
 * and are checked by `@handbook/content`, which sees every file.
 */
export const AdrSchema = z
  .strictObject({
    title: z
      .string({ error: 'is required: a short imperative sentence naming the decision' })
      .trim()
      .min(1, {
        error: 'must not be empty: name the decision in a short imperative sentence',
      })
      .meta({
        description:
          'What was decided, as a short imperative sentence ("Move Redis queues to BullMQ"). Required.',
      }),
    status: AdrStatusSchema.optional().meta({
      description:
        'Where the decision stands: proposed, accepted, rejected, deprecated or superseded. Optional, as in MADR 4: absent, the handbook says the status is not stated.',
    }),
    date: IsoDateSchema.optional().meta({
      description:
        "When this record was written or last changed its status, `YYYY-MM-DD` (MADR's `date`). Optional, as in MADR 4: absent, the handbook says the date is not stated and orders the ADR by its number.",
    }),
    'decision-date': z
      .union([IsoDateSchema, z.literal(DECIDED_BEFORE_RECORD)], {
        error: `must be a date written YYYY-MM-DD, or ${DECIDED_BEFORE_RECORD} when the day is not known`,
      })
      .optional()
      .meta({
        description: `When the decision itself was taken, for a decision recorded after the fact (teams adopting ADRs late record their legacy decisions this way): a date on or before \`date\`, or \`${DECIDED_BEFORE_RECORD}\`. Absent: decided on \`date\`.`,
      }),
    'decision-makers': z
      .union(
        [
          z.array(PersonIdSchema, { error: 'must be a list of person ids from content/team.yaml' }),
          z.literal(DECIDERS_NOT_RECORDED),
        ],
        {
          error: `must be a list of person ids from content/team.yaml, or ${DECIDERS_NOT_RECORDED} when the record does not say who decided`,
        },
      )
      .default([])
      .meta({
        description: `Person ids from \`content/team.yaml\` accountable for the decision, or \`${DECIDERS_NOT_RECORDED}\` when the record does not say. Optional while proposed (as in MADR 4); from accepted on, at least one or \`${DECIDERS_NOT_RECORDED}\`, unless \`decision-date\` says the decision predates its record.`,
      }),
    consulted: z.array(PersonIdSchema, { error: 'must be a list of person ids' }).default([]).meta({
      description: 'Person ids whose opinion was sought before deciding (two-way communication).',
    }),
    informed: z
      .array(PersonIdSchema, { error: 'must be a list of person ids' })
      .default([])
      .meta({ description: 'Person ids kept up to date on the outcome (one-way communication).' }),
    tags: z.array(TagSchema, { error: 'must be a list of kebab-case tags' }).default([]).meta({
      description: "Kebab-case tags for the ADR log's facets (`infrastructure`, `team`, `ai`).",
    }),
    supersedes: z.array(AdrIdSchema, { error: 'must be a list of ADR ids' }).default([]).meta({
      description:
        'Ids of the ADRs this one replaces; each of them must name this one in `superseded-by`.',
    }),
    'superseded-by': AdrIdSchema.optional().meta({
      description:
        'Id of the ADR that replaced this one. Required exactly when `status` is `superseded`.',
    }),
    'review-date': IsoDateSchema.optional().meta({
      description: 'When the decision should be looked at again, `YYYY-MM-DD`, on or after `date`.',
    }),
    related: z.array(ContentIdSchema, { error: 'must be a list of content ids' }).default([]).meta({
      description:
        'Ids of any other content this decision relates to (ADRs, postmortems, debt items, pages).',
    }),
    imported: ImportedFromSchema.optional(),
    ...SITE_GENERATOR_FIELDS,
  })
  .superRefine((value, context) => {
    const adr = asRecord(value) ?? {};
    const status = adr.status;
    const supersededBy = adr['superseded-by'];
    checkRequiredWhen(ADR_REQUIRED_WHEN, adr, context);
    if (typeof status === 'string' && status !== 'superseded' && supersededBy !== undefined) {
      addIssue(
        context,
        ['status'],
        `must be superseded when superseded-by is set (found ${status})`,
      );
    }
    const isDate = (text: unknown): text is string => IsoDateSchema.safeParse(text).success;
    const [date, reviewDate, decisionDate] = [adr.date, adr['review-date'], adr['decision-date']];
    if (isDate(date) && isDate(decisionDate) && decisionDate > date) {
      addIssue(
        context,
        ['decision-date'],
        `must be on or before date (${date}): a record cannot predate its decision`,
        'time-order',
      );
    }
    if (isDate(date) && isDate(reviewDate) && reviewDate < date) {
      addIssue(
        context,
        ['review-date'],
        `must be on or after date (${date}); a review cannot precede the decision`,
        'time-order',
      );
    }
  }, EVEN_WHEN_OTHER_FIELDS_FAIL)
  .meta({ allOf: requiredWhenJsonSchema(ADR_REQUIRED_WHEN) });

/** Validated ADR front matter, defaults applied (lists are never undefined). */
export type Adr = z.output<typeof AdrSchema>;
/** ADR front matter as an author writes it, before defaults. */
export type AdrInput = z.input<typeof AdrSchema>;
/** One of the ADR lifecycle statuses. */
export type AdrStatus = z.output<typeof AdrStatusSchema>;

/**
 * The person ids an ADR names as its decision-makers: its list, or none when the record says
 * they were not recorded (`decision-makers: unknown`).
 */
export function namedDecisionMakers(adr: Pick<Adr, 'decision-makers'>): string[] {
  const deciders = adr['decision-makers'];
  return deciders === DECIDERS_NOT_RECORDED ? [] : deciders;
}

/** The status shown for an ADR whose record states none (MADR 4 makes `status` optional). */
export const STATUS_NOT_STATED = 'not stated';

/** An ADR's status as lists, facets and badges show it: its own, or {@link STATUS_NOT_STATED}. */
export type AdrStatusShown = AdrStatus | typeof STATUS_NOT_STATED;

/** The status of an ADR to show: its `status`, or {@link STATUS_NOT_STATED} when it has none. */
export function adrStatusShown(adr: Pick<Adr, 'status'>): AdrStatusShown {
  return adr.status ?? STATUS_NOT_STATED;
}

/**
 * Orders ADRs newest decision first: by `date`, later first; on the same day, or when neither
 * states a date, by id (the zero-padded number), higher first; ADRs without a date after every
 * dated one. A comparator for `Array.prototype.sort`.
 */
export function newestAdrFirst(
  a: { id: string; data: Pick<Adr, 'date'> },
  b: { id: string; data: Pick<Adr, 'date'> },
): number {
  const [left, right] = [a.data.date, b.data.date];
  if (left !== right) {
    if (left === undefined) return 1;
    if (right === undefined) return -1;
    return right.localeCompare(left);
  }
  return b.id.localeCompare(a.id);
}
