import { z } from 'zod';
import { addIssue, asRecord, EVEN_WHEN_OTHER_FIELDS_FAIL, listItems } from './cross-field.ts';
import {
  IsoDateSchema,
  NOT_STATED_IN_RECORD,
  orUnknown,
  PersonIdSchema,
  TeamIdSchema,
} from './fields.ts';

/**
 * Tenure as a source states it ("3 mo", "1 yr") and the day it was stated: kept in the source's
 * words, since "1 yr" does not say which month someone joined.
 */
export const TenureSchema = z.strictObject({
  stated: z
    .string({ error: "is required: the tenure in the source's words, such as 3 mo" })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'The tenure in the source\'s words ("3 mo", "1 yr").' }),
  'as-of': orUnknown(IsoDateSchema, 'a date written YYYY-MM-DD').meta({
    description: `The day the source stated it, \`YYYY-MM-DD\`, or \`${NOT_STATED_IN_RECORD}\` when the source gives no date.`,
  }),
});

/** A person in the engineering organisation (`content/team.yaml` → `people[]`). */
export const PersonSchema = z.strictObject({
  id: PersonIdSchema.meta({
    description:
      'Stable kebab-case id used by every owner and decision-maker field. Required, unique.',
  }),
  name: z
    .string({ error: 'is required: the full name of the person' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({
      description:
        'Full name as the person writes it (diacritics kept: "Belmin Hadžimusic"). Required.',
    }),
  role: z
    .string({ error: 'is required: what the person does' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'What the person does ("Frontend specialist", "CTO"). Required.' }),
  team: TeamIdSchema.optional().meta({
    description:
      'Id of the team the person belongs to; absent for people outside the teams (the CTO).',
  }),
  tenure: TenureSchema.optional().meta({
    description:
      'How long the person had been with the organisation, as a source states it. Absent when no source says.',
  }),
  engagement: z.string().trim().min(1).optional().meta({
    description:
      'One line on how the person is engaged, such as a shared or temporary arrangement.',
  }),
});

/** A team (`content/team.yaml` → `teams[]`). */
export const TeamSchema = z.strictObject({
  id: TeamIdSchema.meta({
    description: 'Stable kebab-case id used by `people[].team`. Required, unique.',
  }),
  name: z
    .string({ error: 'is required: the display name of the team' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .meta({ description: 'Display name ("Core Platform"). Required.' }),
  mission: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ description: 'What the team is for, in one sentence.' }),
  manager: PersonIdSchema.meta({ description: "Person id of the team's manager. Required." }),
});

/**
 * The whole roster file `content/team.yaml`: teams and people. Checked here: ids are unique and
 * every `people[].team` names a team. A team's `manager` is a person reference like any owner,
 * checked with the others by `@handbook/content` (see `ROSTER_REFERENCES`).
 */
export const RosterSchema = z
  .strictObject({
    teams: z
      .array(TeamSchema, { error: 'must be a list of teams' })
      .meta({ description: 'The teams of the organisation.' }),
    people: z
      .array(PersonSchema, { error: 'must be a list of people' })
      .meta({ description: 'Everyone who can own, decide or be consulted.' }),
  })
  .superRefine((value, context) => {
    const roster = asRecord(value) ?? {};
    const people = listItems(roster.people);
    const teams = listItems(roster.teams);
    const personIds = new Set<string>();
    for (const [index, person] of people) {
      if (typeof person.id !== 'string') continue;
      if (personIds.has(person.id))
        addIssue(
          context,
          ['people', index, 'id'],
          `repeats the person id "${person.id}": ids must be unique`,
        );
      personIds.add(person.id);
    }
    const teamIds = new Set<string>();
    for (const [index, team] of teams) {
      if (typeof team.id !== 'string') continue;
      if (teamIds.has(team.id))
        addIssue(
          context,
          ['teams', index, 'id'],
          `repeats the team id "${team.id}": ids must be unique`,
        );
      teamIds.add(team.id);
    }
    for (const [index, person] of people) {
      if (typeof person.team === 'string' && !teamIds.has(person.team)) {
        addIssue(
          context,
          ['people', index, 'team'],
          `names "${person.team}", which is not in teams: use one of ${[...teamIds].join(', ') || '(no teams)'}`,
        );
      }
    }
  }, EVEN_WHEN_OTHER_FIELDS_FAIL);

/** A validated person. */
export type Person = z.output<typeof PersonSchema>;
/** A validated team. */
export type Team = z.output<typeof TeamSchema>;
/** The validated roster file. */
export type Roster = z.output<typeof RosterSchema>;
