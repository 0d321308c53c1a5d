import { z } from 'zod';
import {
  enumError,
  IsoDateSchema,
  listOf,
  NOT_STATED_IN_RECORD,
  orUnknown,
  PersonIdSchema,
} from './fields.ts';

/** What an agenda item asks of the room: listen, discuss, consider a vision, or ask. */
export const AGENDA_KINDS = ['present', 'discuss', 'vision', 'qa'] as const;

/** One of {@link AGENDA_KINDS}. */
export type AgendaKind = (typeof AGENDA_KINDS)[number];

const ClockTimeSchema = z
  .string({ error: 'must be a time of day written HH:MM, such as 15:00' })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, {
    error: 'must be a time of day written HH:MM (24-hour), such as 15:00',
  });

/** One item of a deck's agenda: when it starts, what it is, and what it asks of the room. */
export const AgendaItemSchema = z.strictObject({
  time: ClockTimeSchema.meta({ description: 'Local start time, HH:MM (24-hour).' }),
  title: z
    .string({ error: 'is required: the agenda item in a few words' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'The item, as the agenda slide shows it.' }),
  kind: z
    .enum(AGENDA_KINDS, enumError(AGENDA_KINDS))
    .meta({ description: `${listOf(AGENDA_KINDS)} (qa: questions and answers).` }),
  summary: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ description: 'One line on what the item covers.' }),
});

/**
 * Front matter of a deck (`content/decks/kebab-title.mdx`): a talk presented from the handbook.
 * The body is MDX; a thematic break (`---`) starts a new slide. Times are local to the event.
 */
export const DeckSchema = z.strictObject({
  title: z
    .string({ error: 'is required: the talk title' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'The talk title, on the first slide and in lists.' }),
  subtitle: z.string().trim().min(1).optional().meta({ description: 'A line under the title.' }),
  event: z
    .string({ error: 'is required: where the talk is given' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'Where the talk is given ("Málaga leadership offsite, day 1").' }),
  date: orUnknown(IsoDateSchema, 'a date written YYYY-MM-DD').meta({
    description: `The day of the talk, \`YYYY-MM-DD\`, or \`${NOT_STATED_IN_RECORD}\` when its source gives none.`,
  }),
  presenter: PersonIdSchema.meta({
    description: 'Person id from `content/team.yaml` who presents.',
  }),
  'duration-minutes': z
    .int({ error: 'must be a whole number of minutes' })
    .positive({ error: 'must be more than 0' })
    .meta({ description: 'Length of the slot, in minutes.' }),
  agenda: z
    .array(AgendaItemSchema, { error: 'must be a list of agenda items (time, title, kind)' })
    .default([])
    .meta({ description: 'The agenda, in order; the presenter view paces the talk against it.' }),
  example: z
    .boolean({ error: 'must be true or false' })
    .default(false)
    .meta({ description: 'True for a deck written to illustrate the format.' }),
});

/** A validated deck's front matter. */
export type Deck = z.output<typeof DeckSchema>;

/** One validated agenda item. */
export type AgendaItem = z.output<typeof AgendaItemSchema>;
