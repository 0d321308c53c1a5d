import type { z } from 'zod';

/**
 * Options for a cross-field `superRefine` that must run even when another field of the same
 * file is invalid, so that an author sees every problem in one run (zod skips refinements
 * after a failed field unless `when` says otherwise). The refinement itself must therefore
 * check the types of the fields it reads.
 */
export const EVEN_WHEN_OTHER_FIELDS_FAIL = { when: () => true } as const;

/** A value read from input that may be invalid: a plain object, or `undefined`. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The items of a list field that may be invalid, each paired with its index; none when it is not a list. */
export function listItems(value: unknown): [number, Record<string, unknown>][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => {
    const record = asRecord(item);
    return record === undefined ? [] : [[index, record] as [number, Record<string, unknown>]];
  });
}

/**
 * What a cross-field rule checks, carried in the issue's `params.kind` so that readers report it
 * under the right rule: `time-order` for one instant that must not precede another (resolved
 * before started), `consistency` for fields that must agree otherwise (superseded needs
 * superseded-by, unique ids).
 */
export type CrossFieldKind = 'consistency' | 'time-order';

/** Adds a custom issue of `kind` at `path`; a one-line shorthand for refinements. */
export function addIssue(
  context: z.RefinementCtx,
  path: PropertyKey[],
  message: string,
  kind: CrossFieldKind = 'consistency',
): void {
  context.addIssue({ code: 'custom', path, message, params: { kind } });
}

/**
 * A field required once another field holds one of some values (`superseded-by` once `status`
 * is `superseded`), written once: {@link checkRequiredWhen} checks it in a schema's refinement
 * and {@link requiredWhenJsonSchema} writes it into the JSON Schema as `if`/`then`, so editors
 * flag it too.
 */
export interface RequiredWhen {
  /** The field whose value makes `field` required. */
  when: string;
  /** The values of `when` that do. */
  is: readonly string[];
  /** The required field; an empty list counts as absent. */
  field: string;
  /** A field whose presence lifts the requirement (`decision-date`: decided before the record). */
  unlessPresent?: string;
  /** The issue's message at `field`, given the value of `when`. */
  message: (value: string) => string;
}

/** Adds a `consistency` issue for each requirement of `rules` that `record` (raw input) breaks. */
export function checkRequiredWhen(
  rules: readonly RequiredWhen[],
  record: Record<string, unknown>,
  context: z.RefinementCtx,
): void {
  for (const rule of rules) {
    const value = record[rule.when];
    const present = record[rule.field];
    const absent = present === undefined || (Array.isArray(present) && present.length === 0);
    const lifted = rule.unlessPresent !== undefined && record[rule.unlessPresent] !== undefined;
    if (typeof value === 'string' && rule.is.includes(value) && absent && !lifted)
      addIssue(context, [rule.field], rule.message(value));
  }
}

/**
 * The JSON Schema (draft 2020-12) of the requirements: one `if`/`then` each, for `allOf`. A list
 * field must then have an item (`minItems: 1`, which a non-list value ignores).
 */
export function requiredWhenJsonSchema(rules: readonly RequiredWhen[]): Record<string, unknown>[] {
  return rules.map((rule) => ({
    if: {
      required: [rule.when],
      properties: { [rule.when]: { enum: [...rule.is] } },
      ...(rule.unlessPresent === undefined ? {} : { not: { required: [rule.unlessPresent] } }),
    },
    then: { required: [rule.field], properties: { [rule.field]: { minItems: 1 } } },
  }));
}
