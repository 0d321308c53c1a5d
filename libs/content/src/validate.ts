import { ADR_STATUS_PHRASES, ADR_STATUSES, adrStatusForWord, formatFieldPath, type CrossFieldKind } from '@handbook/schema';
import type { z } from 'zod';
import type { Diagnostic } from './diagnostic.ts';
import { report, RULES } from './rules/index.ts';
import { replaceScalar } from './replacements.ts';
import { onlySuggestion, suggest } from './suggest.ts';

/**
 * Our ADR status for a word other tools write (`approved`, `implemented`, `draft`), or a
 * misspelling of one (`aproved`, the phrase `nearest` finds), when `values` are the ADR statuses
 * and the word maps to one of them (see `adrStatusForWord`); else `undefined`.
 */
function statusMeant(word: string, values: readonly string[], nearest: typeof suggest = suggest): string | undefined {
  const isAdrStatus = values.length === ADR_STATUSES.length && ADR_STATUSES.every((status) => values.includes(status));
  if (!isAdrStatus) return undefined;
  const misspelt = nearest(word.toLowerCase(), ADR_STATUS_PHRASES);
  return adrStatusForWord(word) ?? (misspelt === undefined ? undefined : adrStatusForWord(misspelt));
}
import type { YamlSource } from './yaml-source.ts';

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

/**
 * The values a field allows, when the issue is a value outside a list: an enum's or literal's,
 * or every branch's of a union of them (`SEV0`…`SEV3` or `unknown`); `undefined` otherwise.
 */
function allowedValues(issue: Issue): string[] | undefined {
  if (issue.code === 'invalid_value') return issue.values.map(String);
  if (issue.code !== 'invalid_union') return undefined;
  const branches = issue.errors.flat();
  if (branches.length === 0 || !branches.every((branch) => branch.code === 'invalid_value')) return undefined;
  return branches.flatMap((branch) => (branch.code === 'invalid_value' ? branch.values.map(String) : []));
}

/** The diagnostics of one zod issue (other than unknown keys), at its key or, for a value not allowed, at the value. */
function issueDiagnostic(issue: Issue, file: string, yaml: YamlSource): Diagnostic {
  const place = { file, ...yaml.locate(issue.path) };
  const field = formatFieldPath(issue.path);
  const found = describeInput(issue.input);
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union') && issue.input === undefined) {
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
  const values = allowedValues(issue);
  if (values !== undefined) {
    const { input } = issue;
    const suggestion = typeof input === 'string' ? (suggest(input, values) ?? statusMeant(input, values)) : undefined;
    const fix = suggestion === undefined ? `Replace ${found ?? 'it'} with one of the values listed.` : `Did you mean ${suggestion}?`;
    const written = yaml.valueAt(issue.path);
    const diagnostic = report(RULES.invalidField, { file, ...(written ?? place) }, { field, problem: issue.message, found, fix });
    const certain = typeof input === 'string' ? (onlySuggestion(input, values) ?? statusMeant(input, values, onlySuggestion)) : undefined;
    const replacement = written === undefined || certain === undefined ? undefined : replaceScalar(written, input as string, certain);
    return replacement === undefined ? diagnostic : { ...diagnostic, replacements: [replacement] };
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

/** Whether `data` has a key at `path`. */
function hasKey(data: unknown, path: readonly PropertyKey[]): boolean {
  const parent = path.slice(0, -1).reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
  return typeof parent === 'object' && parent !== null && Object.hasOwn(parent, path[path.length - 1] as PropertyKey);
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
  const unknown = unknownKeys.map((path) => unknownFieldDiagnostic(schema, yaml, file, path));
  const result = unknownKeys.length === 0 ? first : schema.safeParse(withoutKeys(yaml.data, unknownKeys), { reportInput: true });
  if (result.success) return { data: result.data, diagnostics: unknown.map(({ diagnostic }) => diagnostic) };
  // A misspelt field that makes its right name missing is one problem, reported at the misspelling with its rename.
  const byMeant = new Map(unknown.flatMap((found) => (found.meant === undefined ? [] : [[found.meant, found] as const])));
  const issues = result.error.issues.filter((issue) => issue.code !== 'unrecognized_keys');
  const absorbed = new Set(issues.map((issue) => formatFieldPath(issue.path)).filter((field) => byMeant.has(field)));
  const problems = issues.map((issue) => {
    const diagnostic = issueDiagnostic(issue, file, yaml);
    const misspelt = byMeant.get(formatFieldPath(issue.path))?.diagnostic;
    if (misspelt === undefined) return diagnostic;
    return { ...diagnostic, line: misspelt.line, column: misspelt.column, fix: misspelt.fix, replacements: misspelt.replacements ?? [] };
  });
  const kept = unknown.filter(({ meant }) => meant === undefined || !absorbed.has(meant)).map(({ diagnostic }) => diagnostic);
  return { data: undefined, diagnostics: [...kept, ...problems] };
}

/** An unknown field's warning, with the field it likely stands for when one is near enough to rename it to. */
interface UnknownField {
  diagnostic: Diagnostic;
  /** The path (as `formatFieldPath` writes it) of the one allowed field near its name, when no such key exists yet. */
  meant: string | undefined;
}

/** The warning for the unknown key at `path`, with a rename when exactly one allowed name is near. */
function unknownFieldDiagnostic(schema: z.ZodType, yaml: YamlSource, file: string, path: readonly PropertyKey[]): UnknownField {
  const allowed = allowedKeysAt(schema, path.slice(0, -1));
  const key = String(path[path.length - 1]);
  const at = yaml.locate(path);
  const diagnostic = report(RULES.unknownField, { file, ...at }, { field: formatFieldPath(path), suggestion: suggest(key, allowed), allowed });
  const rename = onlySuggestion(key, allowed);
  const meantPath = rename === undefined ? undefined : [...path.slice(0, -1), rename];
  if (meantPath === undefined || hasKey(yaml.data, meantPath)) return { diagnostic, meant: undefined };
  return { diagnostic: { ...diagnostic, replacements: [{ ...at, old: key, new: rename as string }] }, meant: formatFieldPath(meantPath) };
}
