import { z } from 'zod';
import { enumError } from './fields.ts';
import { SEVERITIES } from './incident.ts';
import { HandbookPageSchema } from './page.ts';

/** A severity a runbook covers: one of {@link SEVERITIES}. */
const CoveredSeveritySchema = z.enum(SEVERITIES, enumError(SEVERITIES));

/**
 * Front matter of a runbook (`content/runbooks/<slug>.md`): what to do, step by step, when an
 * incident of the severities it covers happens, and who is paged at each. A handbook page's
 * fields (title, description, owner, last-reviewed, tags), plus the steps and the paging as
 * structured fields the site shows as a checklist and a table; each postmortem of a covered
 * severity links to it. The CTO playbook's incident response runbook is the model: steps from
 * detection to postmortem, paging by severity, drilled twice a year.
 */
export const RunbookSchema = HandbookPageSchema.omit({ order: true }).extend({
  severities: z
    .array(CoveredSeveritySchema, {
      error: `must be a list of severities: ${SEVERITIES.join(', ')}`,
    })
    .min(1, { error: 'must name at least one severity the runbook covers' })
    .meta({
      description:
        'The incident severities the runbook covers; the postmortem of each such incident links to it. At least one.',
    }),
  steps: z
    .array(
      z.strictObject({
        step: z
          .string({ error: 'is required: the step in a word or two ("Contain")' })
          .trim()
          .min(1, { error: 'must not be empty' })
          .meta({ description: 'The step in a word or two ("Contain"). Required.' }),
        do: z
          .string({ error: 'is required: what is done in this step' })
          .trim()
          .min(1, { error: 'must not be empty' })
          .meta({ description: 'What is done in this step, in one or two sentences. Required.' }),
      }),
      { error: 'must be a list of steps, each with `step` and `do`' },
    )
    .min(1, { error: 'must list at least one step' })
    .meta({ description: 'The steps, in the order they are taken. At least one.' }),
  paging: z
    .array(
      z.strictObject({
        severity: CoveredSeveritySchema.meta({ description: 'The severity. Required.' }),
        page: z
          .string({ error: 'is required: who is paged at this severity' })
          .trim()
          .min(1, { error: 'must not be empty' })
          .meta({ description: 'Who is paged at this severity, and when. Required.' }),
      }),
      { error: 'must be a list of `severity` and `page` pairs' },
    )
    .default([])
    .meta({ description: 'Who is paged at each severity the runbook covers.' }),
});
