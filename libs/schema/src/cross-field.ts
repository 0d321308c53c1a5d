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
