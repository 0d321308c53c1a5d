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
  ContentIdSchema,
  DebtIdSchema,
  enumError,
  ExampleFlagSchema,
  ImportedFromSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  listOf,
  NOT_STATED_IN_RECORD,
  orUnknown,
  PersonIdSchema,
  TagSchema,
} from './fields.ts';

/**
 * Incident severity, most severe first. One scale for postmortems, the runbook and the
 * dashboard: the playbook's Sev-0 to Sev-3 joined with the co-pilot's SEV1 to SEV3 definitions.
 * - SEV0: a confirmed security breach or data exposure.
 * - SEV1: customer-facing outage: customers cannot use the product.
 * - SEV2: degraded service: customers can work, slower or with part of the product broken.
 * - SEV3: internal impact only: no customer notices.
 */
export const SEVERITIES = ['SEV0', 'SEV1', 'SEV2', 'SEV3'] as const;

/** One line per severity, for the page legend and the runbook (see {@link SEVERITIES}). */
export const SEVERITY_DEFINITIONS: Record<Severity, string> = {
  SEV0: 'Confirmed security breach or data exposure',
  SEV1: 'Customer-facing outage',
  SEV2: 'Degraded service',
  SEV3: 'Internal impact only',
};

/** Where the response to an incident stands, after the co-pilot's incident template. */
export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;

/** Where an action item stands; `done` and `wont-do` close it. */
export const ACTION_ITEM_STATUSES = ['open', 'in-progress', 'done', 'wont-do'] as const;

/** The action-item statuses that no longer need work. */
export const CLOSED_ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = ['done', 'wont-do'];

/** One of {@link SEVERITIES}. */
const SeveritySchema = z.enum(SEVERITIES, enumError(SEVERITIES));

/** A follow-up agreed in the postmortem: what, who, by when, and where it stands. */
export const ActionItemSchema = z.strictObject({
  action: z
    .string({ error: 'is required: what will be done, as an imperative sentence' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({
      description:
        'What will be done, as an imperative sentence ("Alert on queue depth"). Required.',
    }),
  owner: PersonIdSchema.meta({
    description: 'Person id from `content/team.yaml` who owns the follow-up. Required.',
  }),
  due: IsoDateSchema.meta({
    description:
      'Due date, `YYYY-MM-DD`. An open item past it is overdue on the dashboard. Required.',
  }),
  status: z
    .enum(ACTION_ITEM_STATUSES, enumError(ACTION_ITEM_STATUSES))
    .meta({ description: `${listOf(ACTION_ITEM_STATUSES)}. Required.` }),
  debt: DebtIdSchema.optional().meta({
    description: 'Id of the debt item in `content/debt/` this follow-up pays down, if any.',
  }),
});

/** The fields a postmortem needs once its status says so: `resolved` once resolved. */
const INCIDENT_REQUIRED_WHEN: readonly RequiredWhen[] = [
  {
    when: 'status',
    is: ['resolved'],
    field: 'resolved',
    message: () => 'is required when status is resolved: when the impact ended, with offset',
  },
];

/**
 * Front matter of a postmortem (`incidents/YYYY-MM-DD-kebab-title.md`). Times are instants
 * with an offset; duration (`resolved - started`) and time to detect (`detected - started`)
 * are derived by `incidentDurations`, never typed. Body sections: Timeline, Root Cause, Impact,
 * Lessons Learned (blameless).
 */
export const IncidentSchema = z
  .strictObject({
    title: z
      .string({ error: 'is required: what happened, in a few words' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .meta({ description: 'What happened, in a few words ("Render queue stalled"). Required.' }),
    severity: orUnknown(SeveritySchema, `one of ${SEVERITIES.join(', ')}`).meta({
      description: `SEV0 to SEV3: ${SEVERITIES.map((level) => `${level} ${SEVERITY_DEFINITIONS[level].toLowerCase()}`).join('; ')}; or ${NOT_STATED_IN_RECORD} for an imported record that gives none. Required.`,
    }),
    status: z
      .enum(INCIDENT_STATUSES, enumError(INCIDENT_STATUSES))
      .meta({ description: `${listOf(INCIDENT_STATUSES)}. Required.` }),
    started: orUnknown(IsoDateTimeSchema, 'an ISO 8601 instant with offset').meta({
      description: `When the impact began, ISO 8601 with offset, or ${NOT_STATED_IN_RECORD}. Required.`,
    }),
    detected: orUnknown(IsoDateTimeSchema, 'an ISO 8601 instant with offset').meta({
      description: `When someone or something noticed, ISO 8601 with offset; not before \`started\`; or ${NOT_STATED_IN_RECORD}. Required.`,
    }),
    resolved: orUnknown(IsoDateTimeSchema, 'an ISO 8601 instant with offset')
      .optional()
      .meta({
        description: `When the impact ended, ISO 8601 with offset; not before \`started\`; or ${NOT_STATED_IN_RECORD}. Required once status is resolved.`,
      }),
    'customers-affected': z
      .int({ error: 'must be a whole number of customers' })
      .min(0, { error: 'must not be negative' })
      .optional()
      .meta({ description: 'How many customers felt it, as a count; 0 for internal incidents.' }),
    'slo-breached': z
      .array(z.string().trim().min(1), { error: 'must be a list of SLO names' })
      .default([])
      .meta({
        description:
          'Names of the service-level objectives this incident breached (`uptime-99.9`).',
      }),
    'action-items': z
      .array(ActionItemSchema, {
        error: 'must be a list of action items (action, owner, due, status)',
      })
      .default([])
      .meta({ description: 'Follow-ups, each with an owner and a due date.' }),
    related: z.array(ContentIdSchema, { error: 'must be a list of content ids' }).default([]).meta({
      description:
        'Ids of any other content this incident relates to (ADRs, debt items, other postmortems).',
    }),
    tags: z
      .array(TagSchema, { error: 'must be a list of kebab-case tags' })
      .default([])
      .meta({ description: 'Kebab-case tags for search and facets.' }),
    imported: ImportedFromSchema.optional(),
    example: ExampleFlagSchema.meta({
      description:
        'True for a record written to illustrate the format; such records stay out of every figure.',
    }),
  })
  .superRefine((value, context) => {
    const incident = asRecord(value) ?? {};
    const instant = (field: string) => {
      const text = incident[field];
      return typeof text === 'string' && IsoDateTimeSchema.safeParse(text).success
        ? Date.parse(text)
        : undefined;
    };
    const [started, detected, resolved] = [
      instant('started'),
      instant('detected'),
      instant('resolved'),
    ];
    if (started !== undefined && detected !== undefined && detected < started) {
      addIssue(
        context,
        ['detected'],
        `must not be before started (${String(incident.started)}): an incident is noticed after it begins`,
        'time-order',
      );
    }
    if (started !== undefined && resolved !== undefined && resolved < started) {
      addIssue(
        context,
        ['resolved'],
        `must not be before started (${String(incident.started)}): an incident ends after it begins`,
        'time-order',
      );
    }
    checkRequiredWhen(INCIDENT_REQUIRED_WHEN, incident, context);
  }, EVEN_WHEN_OTHER_FIELDS_FAIL)
  .meta({ allOf: requiredWhenJsonSchema(INCIDENT_REQUIRED_WHEN) });

/** Validated postmortem front matter, defaults applied. */
export type Incident = z.output<typeof IncidentSchema>;
/** One action item of a postmortem. */
export type ActionItem = z.output<typeof ActionItemSchema>;
/** One of {@link ACTION_ITEM_STATUSES}. */
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];
/** One of {@link SEVERITIES}. */
export type Severity = (typeof SEVERITIES)[number];
/** A postmortem's severity as pages show it: one of ours, or {@link NOT_STATED_IN_RECORD}. */
export type SeverityShown = Severity | typeof NOT_STATED_IN_RECORD;
/** Every severity a page may show, most severe first, not stated last. */
export const SEVERITIES_SHOWN: readonly SeverityShown[] = [...SEVERITIES, NOT_STATED_IN_RECORD];
/** One of {@link INCIDENT_STATUSES}. */
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
