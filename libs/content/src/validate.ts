import { ADR_STATUSES, adrStatusForWord, formatFieldPath, type CrossFieldKind } from '@handbook/schema';
import type { z } from 'zod';
import type { Diagnostic } from './diagnostic.ts';
import { report, RULES } from './rules/index.ts';
import { suggest } from './suggest.ts';

/**
 * Our ADR status for a word other tools write (`approved`, `implemented`, `draft`), when `values`
 * are the ADR statuses and the word maps to one of them (see `adrStatusForWord`); else `undefined`.
 */
function statusMeant(word: string, values: readonly string[]): string | undefined {
  const isAdrStatus = values.length === ADR_STATUSES.length && ADR_STATUSES.every((status) => values.includes(status));
  return isAdrStatus ? adrStatusForWord(word) : undefined;
}
import type { Position, YamlSource } from './yaml-source.ts';

/** Result of validating one file's data: the parsed value when valid, and every problem found. */
export interface Validated<T> {
  data: T | undefined;
  diagnostics: Diagnostic[];
}

type Issue = z.core.$ZodIssue;

/** A value as an author wrote it, for "found …": strings quoted, lists and maps named. */
function describeInput(input: unknown): string | undefined {
  if (input === undefined) return undefined;
  if (typeof input === 'string') return `"${input}"`;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  return 'a map of fields';
}

/** What each zod type reads as to an author, and how to write it in YAML. */
const TYPES: Record<string, { name: string; howTo: string }> = {
  string: { name: 'text', howTo: 'Write it as text; put it in double quotes when it would otherwise read as a number, date or true/false.' },
  number: { name: 'a number', howTo: 'Write a plain number, without quotes or units.' },
  int: { name: 'a whole number', howTo: 'Write a whole number, without quotes or units.' },
  boolean: { name: 'true or false', howTo: 'Write true or false, without quotes.' },
  array: { name: 'a list', howTo: 'Write it as a list: one "- value" line per item, indented under the field.' },
  object: { name: 'a map of fields', howTo: 'Write its fields on the lines below it, indented by two spaces.' },
};

interface SchemaDefinition {
  type: string;
  shape?: Record<string, { def: SchemaDefinition }>;
  element?: { def: SchemaDefinition };
  innerType?: { def: SchemaDefinition };
}

/** The field names of the object schema found at `path` (through lists, optionals and defaults). */
function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let definition = schema.def as unknown as SchemaDefinition | undefined;
  const remaining = [...path];
  while (definition !== undefined) {
    if (definition.innerType !== undefined) {
      definition = definition.innerType.def;
    } else if (remaining.length === 0) {
      break;
    } else {
      const segment = remaining.shift();
      definition = typeof segment === 'number' ? definition.element?.def : definition.shape?.[String(segment)]?.def;
    }
  }
  return definition?.shape === undefined ? [] : Object.keys(definition.shape);
}

/** The rule each kind of cross-field issue is reported under. */
const CROSS_FIELD_RULES = {
  consistency: RULES.inconsistentFields,
  'time-order': RULES.timeOrder,
} satisfies Record<CrossFieldKind, unknown>;

/** The part of a schema message after "is required: ", which says what the field holds. */
const whatItHolds = (message: string) => /^is required: (.+)$/.exec(message)?.[1];

/** A date of the right shape that the calendar does not have (2026-02-30). */
const IMPOSSIBLE_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
function isImpossibleDate(input: unknown): input is string {
  const match = typeof input === 'string' ? IMPOSSIBLE_DATE.exec(input) : null;
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day;
}

/** The diagnostics of one zod issue (other than unknown keys) at `at`. */
function issueDiagnostic(issue: Issue, file: string, at: Position): Diagnostic {
  const place = { file, ...at };
  const field = formatFieldPath(issue.path);
  const found = describeInput(issue.input);
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) {
    const key = String(issue.path.at(-1) ?? field);
    const parent = issue.path.length > 1 ? ` in ${formatFieldPath(issue.path.slice(0, -1))}` : '';
    return report(RULES.missingField, place, { field, holds: whatItHolds(issue.message) ?? issue.message, key, parent });
  }
  if (issue.code === 'invalid_type') {
    const expected = TYPES[issue.expected] ?? { name: issue.expected, howTo: 'Write it as the message says.' };
    const holds = whatItHolds(issue.message);
    const problem = holds === undefined ? issue.message : `must be ${expected.name}: ${holds}`;
    return report(RULES.wrongType, place, { field, problem, found: found ?? 'nothing', fix: expected.howTo });
  }
  if ((issue.code === 'invalid_format' || issue.code === 'custom') && isImpossibleDate(issue.input)) {
    return report(RULES.impossibleDate, place, { field, date: issue.input });
  }
  if (issue.code === 'custom') {
    const kind = (issue.params as { kind?: CrossFieldKind } | undefined)?.kind ?? 'consistency';
    return report(CROSS_FIELD_RULES[kind], place, { field, problem: issue.message });
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    const suggestion = typeof issue.input === 'string' ? (suggest(issue.input, values) ?? statusMeant(issue.input, values)) : undefined;
    const fix = suggestion === undefined ? `Replace ${found ?? 'it'} with one of the values listed.` : `Did you mean ${suggestion}?`;
    return report(RULES.invalidField, place, { field, problem: issue.message, found, fix });
  }
  const fix =
    issue.code === 'too_small' && issue.origin === 'array'
      ? `Add at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'} to the list.`
      : issue.code === 'too_small' && issue.origin === 'string'
        ? 'Write a value: an empty one says nothing.'
        : issue.code === 'invalid_format'
          ? 'Rewrite the value in the form the message shows.'
          : 'Change the value as the message says.';
  return report(RULES.invalidField, place, { field, problem: issue.message, found, fix });
}

/** A copy of `data` without the keys at `paths`; the original is left as it is. */
function withoutKeys(data: unknown, paths: readonly (readonly PropertyKey[])[]): unknown {
  const copy = structuredClone(data);
  for (const path of paths) {
    const parent = path.slice(0, -1).reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], copy);
    if (typeof parent === 'object' && parent !== null) Reflect.deleteProperty(parent, path[path.length - 1] as PropertyKey);
  }
  return copy;
}

/**
 * Validates parsed YAML against a zod schema from `@handbook/schema` and turns every zod issue
 * into a {@link Diagnostic} at the exact key it concerns, naming the bad value, what is allowed
 * and a fix specific to the issue's code: a missing field, a wrong type, a value outside a list
 * (with "did you mean"), an impossible date, dates out of order, fields that disagree. An unknown
 * field is a warning (with "did you mean") and is left out, so a record another team wrote with
 * keys of its own stays valid. Empty front matter is one diagnostic, not a type error.
 * Input: the schema, the positioned YAML, the repository-relative file path.
 * Output: the parsed data (or `undefined`) and all diagnostics; never throws a ZodError.
 */
export function validateWithSchema<S extends z.ZodType>(schema: S, yaml: YamlSource, file: string): Validated<z.output<S>> {
  if (yaml.data === null || yaml.data === undefined) {
    return { data: undefined, diagnostics: [report(RULES.emptyFrontmatter, { file, ...yaml.locate([]) }, { fields: allowedKeysAt(schema, []), what: /\.mdx?$/.test(file) ? 'front matter' : 'file' })] };
  }
  const first = schema.safeParse(yaml.data, { reportInput: true });
  if (first.success) return { data: first.data, diagnostics: [] };
  const unknownKeys = first.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : []));
  const unknown = unknownKeys.map((path) => {
    const allowed = allowedKeysAt(schema, path.slice(0, -1));
    return report(RULES.unknownField, { file, ...yaml.locate(path) }, { field: formatFieldPath(path), suggestion: suggest(String(path[path.length - 1]), allowed), allowed });
  });
  const result = unknownKeys.length === 0 ? first : schema.safeParse(withoutKeys(yaml.data, unknownKeys), { reportInput: true });
  if (result.success) return { data: result.data, diagnostics: unknown };
  const problems = result.error.issues.filter((issue) => issue.code !== 'unrecognized_keys').map((issue) => issueDiagnostic(issue, file, yaml.locate(issue.path)));
  return { data: undefined, diagnostics: [...unknown, ...problems] };
}
