import { z } from 'zod';
import { CONTENT_TYPE_NAMES } from './content-types.ts';

/**
 * Where a content type holds ids of other content: a field path in which `'*'` stands for every
 * item of a list (`['action-items', '*', 'owner']`), and what kind of entry the id must name.
 */
export interface ReferenceField<Target extends string = string> {
  path: readonly string[];
  target: Target;
  /**
   * A field of the target that must name this entry back (`supersedes` on one end,
   * `superseded-by` on the other), so that a relation is stated on both ends or not at all.
   */
  inverse?: string;
  /** How an entry's page names the field where it lists what the field references (`Decision-makers`). */
  label?: string;
  /**
   * The `status` the target must have (a page adopted by an ADR names an accepted one): what a
   * proposal says is not yet practice.
   */
  requiresStatus?: string;
}

/** One reference held by a content entry: the field it sits in, its position in a list, and the id. */
export interface Reference<Target extends string = string> {
  /** Path of the field, as zod reports it (`['action-items', 1, 'owner']`). */
  path: (string | number)[];
  /** What kind of entry the id must name. */
  target: Target;
  /** The id as written. */
  id: string;
  /** The target's field that must name this entry back, from {@link ReferenceField.inverse}. */
  inverse?: string;
  /** The status the target must have, from {@link ReferenceField.requiresStatus}. */
  requiresStatus?: string;
  /** How an entry's page names the field where it lists what the field references (`Decision-makers`). */
  label?: string;
}

function walk(
  value: unknown,
  pattern: readonly string[],
  at: (string | number)[],
  found: (path: (string | number)[], id: string) => void,
): void {
  if (pattern.length === 0) {
    if (typeof value === 'string') found(at, value);
    return;
  }
  const [head, ...rest] = pattern as [string, ...string[]];
  if (head === '*') {
    if (Array.isArray(value))
      value.forEach((item, index) => walk(item, rest, [...at, index], found));
    return;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    walk((value as Record<string, unknown>)[head], rest, [...at, head], found);
  }
}

/**
 * Every reference a piece of content makes, so that one resolver can check them all.
 * Input: the data (validated, or raw: non-string ids are skipped) and the type's reference
 * fields. Output: one {@link Reference} per id, in the order of `fields`, then list order.
 */
export function collectReferences<Target extends string>(
  data: unknown,
  fields: readonly ReferenceField<Target>[],
): Reference<Target>[] {
  const references: Reference<Target>[] = [];
  for (const { path, target, inverse, requiresStatus } of fields) {
    walk(data, path, [], (at, id) =>
      references.push({
        path: at,
        target,
        id,
        ...(inverse === undefined ? {} : { inverse }),
        ...(requiresStatus === undefined ? {} : { requiresStatus }),
      }),
    );
  }
  return references;
}

/** How one entry names another: a field of its data (`supersedes`, `related`, `action-items`, `components`), or a link in its body. */
export const BODY_LINK = 'body';

/**
 * One entry that names another: its type, id and how it names it (the first field of the
 * reference's path, or {@link BODY_LINK}). The site shows these as "Referenced by".
 */
export const BacklinkSchema = z.object({
  type: z.enum(CONTENT_TYPE_NAMES),
  id: z.string(),
  via: z.string(),
});

/** One entry's backlinks: every entry that names it, by field or by a link in its body. */
export const BacklinksSchema = z.object({ backlinks: z.array(BacklinkSchema) });

/** One entry that names another, and how. */
export type Backlink = z.infer<typeof BacklinkSchema>;
