import { z } from 'zod';

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Id of a person in `content/team.yaml`, in kebab-case (`giovanni-rodighiero`).
 * Used by every owner, decision-maker and action-item owner field.
 */
export const PersonIdSchema = z
  .string({ error: 'must be a person id from content/team.yaml, such as giovanni-rodighiero' })
  .regex(kebabCase, { error: 'must be a kebab-case person id from content/team.yaml, such as giovanni-rodighiero' });

/** Id of a team in `content/team.yaml`, in kebab-case (`core-platform`). */
export const TeamIdSchema = z
  .string({ error: 'must be a team id from content/team.yaml, such as core-platform' })
  .regex(kebabCase, { error: 'must be a kebab-case team id from content/team.yaml, such as core-platform' });

/**
 * Id of an ADR: its file name without `.md` (`0004-move-redis-queues-to-bullmq`).
 * The number prefix is for people; the whole slug is the id.
 */
export const AdrIdSchema = z
  .string({ error: 'must be an ADR id: the file name without .md, such as 0004-move-redis-queues-to-bullmq' })
  .regex(/^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be an ADR id: the file name without .md, such as 0004-move-redis-queues-to-bullmq',
  });

/** A free-form tag in kebab-case (`infrastructure`, `ai`), used for facets. */
export const TagSchema = z
  .string({ error: 'must be a kebab-case tag such as infrastructure' })
  .regex(kebabCase, { error: 'must be a kebab-case tag such as infrastructure' });

/**
 * A calendar date, ISO 8601 `YYYY-MM-DD` (no time, no offset). Kept as a string so that no
 * time zone can shift the day; compare with `<` since the format sorts lexically.
 */
export const IsoDateSchema = z.iso.date({ error: 'must be a date written YYYY-MM-DD, such as 2026-11-02' });

/** A calendar month, ISO 8601 `YYYY-MM`, for facts known only to the month (when someone joined). */
export const IsoMonthSchema = z
  .string({ error: 'must be a month written YYYY-MM, such as 2026-08' })
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, { error: 'must be a month written YYYY-MM, such as 2026-08' });
