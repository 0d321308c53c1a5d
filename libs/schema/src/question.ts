import { z } from 'zod';
import { addIssue, asRecord, EVEN_WHEN_OTHER_FIELDS_FAIL } from './cross-field.ts';
import { ContentIdSchema, enumError, IsoDateSchema, listOf, TagSchema } from './fields.ts';

/** Where an open question stands: asked and waiting, or answered (with the day it was). */
export const QUESTION_STATUSES = ['open', 'answered'] as const;

/**
 * Front matter of an open question (`content/questions/<slug>.md`): something a source leaves
 * open (a deck's discussion question, an ask of leadership), recorded as open instead of answered
 * by guesswork. The body gives its context and, once answered, the answer. Open questions are
 * listed on the dashboard until answered.
 */
export const QuestionSchema = z
  .strictObject({
    title: z
      .string({ error: 'is required: the question, as asked' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .meta({ description: 'The question, as its source asks it. Required.' }),
    'asked-in': ContentIdSchema.optional().meta({
      description:
        'Id of the entry that asks it (a deck such as `cto-technical-assessment`, a sync note). Absent when it was asked elsewhere.',
    }),
    'asked-of': z
      .string({ error: 'must be text: who is asked' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .optional()
      .meta({ description: 'Who is asked to answer ("the leadership team"), as the source says.' }),
    status: z
      .enum(QUESTION_STATUSES, enumError(QUESTION_STATUSES))
      .default('open')
      .meta({ description: `${listOf(QUESTION_STATUSES)}; \`open\` when absent.` }),
    answered: IsoDateSchema.optional().meta({
      description: 'When it was answered, `YYYY-MM-DD`. Required once the status is answered.',
    }),
    tags: z
      .array(TagSchema, { error: 'must be a list of kebab-case tags' })
      .default([])
      .meta({ description: 'Kebab-case tags for search and facets.' }),
  })
  .superRefine((value, context) => {
    const question = asRecord(value) ?? {};
    if (question.status === 'answered' && question.answered === undefined) {
      addIssue(
        context,
        ['answered'],
        'is required once the question is answered: the day it was, YYYY-MM-DD',
        'consistency',
      );
    }
  }, EVEN_WHEN_OTHER_FIELDS_FAIL);

/** A validated open question, defaults applied. */
export type Question = z.output<typeof QuestionSchema>;
/** One of {@link QUESTION_STATUSES}. */
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
