import { z } from 'zod';
import { ID_PATTERNS } from './identity.ts';

const kebabCase = new RegExp(`^${ID_PATTERNS.slug}$`);

/**
 * The longest tag, person id or team id, in characters: each becomes a folder of the built site
 * (`/tags/<tag>/`, `/adr/decision-maker/<id>/`), and a 300-character tag stopped the build with
 * ENAMETOOLONG (issue 18). 64 leaves room below the 255 bytes a file name may have.
 */
const MAX_NAME_LENGTH = 64;
const TOO_LONG = `must be at most ${MAX_NAME_LENGTH} characters: it becomes part of a page address`;

/**
 * Id of a person in `content/team.yaml`, in kebab-case (`giovanni-rodighiero`).
 * Used by every owner, decision-maker and action-item owner field.
 */
export const PersonIdSchema = z
  .string({ error: 'must be a person id from content/team.yaml, such as giovanni-rodighiero' })
  .regex(kebabCase, {
    error: 'must be a kebab-case person id from content/team.yaml, such as giovanni-rodighiero',
  })
  .max(MAX_NAME_LENGTH, { error: TOO_LONG });

/** Id of a team in `content/team.yaml`, in kebab-case (`core-platform`). */
export const TeamIdSchema = z
  .string({ error: 'must be a team id from content/team.yaml, such as core-platform' })
  .regex(kebabCase, {
    error: 'must be a kebab-case team id from content/team.yaml, such as core-platform',
  })
  .max(MAX_NAME_LENGTH, { error: TOO_LONG });

const ADR_ID_MESSAGE =
  'must be an ADR id: the file name without .md, such as 0004-move-redis-queues-to-bullmq';

/**
 * Id of an ADR: its file name without `.md` (`0004-move-redis-queues-to-bullmq`).
 * The number prefix is for people; the whole slug is the id.
 */
export const AdrIdSchema = z
  .string({ error: ADR_ID_MESSAGE })
  .regex(new RegExp(`^${ID_PATTERNS.numbered}$`), { error: ADR_ID_MESSAGE });

const DEBT_ID_MESSAGE =
  'must be a debt item id: its file name in content/debt/ without .md, such as terraform-state-drift';

/** Id of a debt item: its file name in `content/debt/` without `.md` (`terraform-state-drift`). */
export const DebtIdSchema = z
  .string({ error: DEBT_ID_MESSAGE })
  .regex(new RegExp(`^${ID_PATTERNS.slug}$`), { error: DEBT_ID_MESSAGE });

/**
 * Id of any content entry (an ADR, a postmortem, a debt item, a page…): its path below the
 * type's folder without the extension. Which entry it names is checked by `@handbook/content`.
 */
export const ContentIdSchema = z
  .string({ error: 'must be the id of a content entry: its file name without the extension' })
  .regex(new RegExp(`^${ID_PATTERNS.path}$`), {
    error: 'must be the id of a content entry: its file name without the extension',
  });

/** A free-form tag in kebab-case (`infrastructure`, `ai`), used for facets. */
export const TagSchema = z
  .string({ error: 'must be a kebab-case tag such as infrastructure' })
  .regex(kebabCase, { error: 'must be a kebab-case tag such as infrastructure' })
  .max(MAX_NAME_LENGTH, { error: TOO_LONG });

/**
 * A calendar date, ISO 8601 `YYYY-MM-DD` (no time, no offset). Kept as a string so that no
 * time zone can shift the day; compare with `<` since the format sorts lexically. Impossible
 * dates such as 2026-02-30 are refused.
 */
export const IsoDateSchema = z.iso.date({
  error: 'must be a real date written YYYY-MM-DD, such as 2026-11-02',
});

/**
 * An instant, ISO 8601 with seconds and a UTC offset (`2026-11-02T14:05:00+01:00` or
 * `2026-11-02T13:05:00Z`). The offset is required so that durations across time zones and daylight-saving
 * changes are exact.
 */
export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  local: false,
  error: 'must be a date and time with its UTC offset, such as 2026-11-02T14:05:00+01:00',
});

/**
 * Marks a record written to illustrate rather than to report. Such records are badged
 * "example" wherever they appear and left out of every figure unless a reader asks for them.
 */
export const ExampleFlagSchema = z.boolean({ error: 'must be true or false' }).default(false);

/**
 * What `handbook import` read from another team's record and could not write in our fields as
 * it was: kept so that nothing the team wrote is lost and every mapping can be checked.
 */
export const ImportedFromSchema = z
  .strictObject({
    from: z.string({ error: 'must name the imported file' }).min(1).meta({
      description: 'The file the record was imported from, relative to the folder imported.',
    }),
    status: z.string().min(1).optional().meta({
      description:
        'The status as the source wrote it ("Implemented", "✅ Accepted"), when it was not one of ours word for word; `status` holds our reading of it, or is absent when none could be made.',
    }),
    date: z.string().min(1).optional().meta({
      description:
        'Where `date` came from and how it was written ("Date: line, DD/MM/YY"; "earliest changelog entry").',
    }),
    severity: z.string().min(1).optional().meta({
      description:
        'The severity as the source wrote it ("Critical", "Major"), with the mapping to ours when one was made.',
    }),
    times: z.string().min(1).optional().meta({
      description:
        'How times were read: the time zone the record states, and which row or line each came from.',
    }),
    deciders: z.array(z.string().min(1)).optional().meta({
      description:
        'Deciders the source names who match no person in content/team.yaml (names, GitHub handles, roles), kept as written.',
    }),
  })
  .meta({
    description:
      'Set by `handbook import`: where the record came from and what the source said that our fields could not hold as written.',
  });

/** An enum's values as a sentence lists them: `critical, high, medium or low`. */
export const listOf = (values: readonly string[]): string =>
  values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

/**
 * The error of an enum field, listing what it takes (`must be one of SEV0, SEV1, SEV2, SEV3`),
 * for `z.enum(values, enumError(values))`.
 */
export const enumError = (values: readonly string[]) => ({
  error: `must be one of ${values.join(', ')}`,
});

/**
 * What a record writes for a value its sources do not give (a postmortem's severity, a debt
 * item's priority, a date): written out, never guessed. Pages show it as "not stated"; figures
 * leave it out or count it apart.
 */
export const NOT_STATED_IN_RECORD = 'unknown';

/** `schema`, or {@link NOT_STATED_IN_RECORD}; the error names both. */
export const orUnknown = <Schema extends z.ZodType>(schema: Schema, expected: string) =>
  z.union([schema, z.literal(NOT_STATED_IN_RECORD)], {
    error: `must be ${expected}, or ${NOT_STATED_IN_RECORD} when the record does not say`,
  });
