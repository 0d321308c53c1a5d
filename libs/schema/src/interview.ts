import { z } from 'zod';
import { ExampleFlagSchema } from './fields.ts';

/** Someone interviewed, by name and role as the record gives them (not necessarily on the roster). */
export const IntervieweeSchema = z.strictObject({
  name: z
    .string({ error: 'is required: the person interviewed' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'Name as the record gives it.' }),
  role: z
    .string({ error: 'is required: their role' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'Role or title ("Chief Technology Officer").' }),
});

/**
 * Front matter of a discovery interview (`content/interviews/YYYY-MM-DD-kebab-title.md`, dated by
 * its file name): who was interviewed, by whom, with which frameworks. The body has the
 * questions and responses, findings, requirements, risks and quotes.
 */
export const InterviewSchema = z.strictObject({
  title: z
    .string({ error: 'is required: the interview in a few words' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'The interview in a few words. Required.' }),
  project: z
    .string({ error: 'is required: the project the discovery serves' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'The project the discovery serves. Required.' }),
  interviewer: z
    .string({ error: 'is required: who asked the questions' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'Who asked the questions. Required.' }),
  interviewees: z
    .array(IntervieweeSchema, { error: 'must be a list of people (name, role)' })
    .min(1, { error: 'must name at least one person' })
    .meta({ description: 'Who was interviewed. At least one.' }),
  frameworks: z
    .array(z.string().trim().min(1), { error: 'must be a list of framework names' })
    .default([])
    .meta({ description: 'Discovery frameworks used ("Five Whys", "Jobs-to-be-Done").' }),
  'duration-minutes': z
    .int({ error: 'must be a whole number of minutes' })
    .positive({ error: 'must be more than 0' })
    .optional()
    .meta({ description: 'Length of the interview, in minutes.' }),
  example: ExampleFlagSchema.meta({
    description:
      "True for an interview kept to illustrate the format, such as another organisation's; badged wherever it appears.",
  }),
});

/** A validated interview's front matter. */
export type Interview = z.output<typeof InterviewSchema>;
