import type { Diagnostic, Severity } from './diagnostic.ts';

type Located = Pick<Diagnostic, 'file' | 'line' | 'column'>;

interface Rule<Args, Id extends string = string> {
  /** Permanent id, printed with every diagnostic; never renamed once released. */
  id: Id;
  severity: Severity;
  message: (args: Args) => string;
  fix: (args: Args) => string;
}

/** Declares a rule: `rule<Args>()({ id, … })`, so that the id keeps its literal type. */
const rule =
  <Args,>() =>
  <const Id extends string>(definition: Rule<Args, Id>): Rule<Args, Id> =>
    definition;

/** "an ADR", "a postmortem": the indefinite article for a content type's label. */
export function withArticle(label: string): string {
  return /^[aeiou]|^ADR/i.test(label) ? `an ${label}` : `a ${label}`;
}

/**
 * The catalog of every problem the content reader reports, in one place so that the same
 * failure is always worded the same way (after Astro's `errors-data.ts`). Messages say what
 * happened; fixes say what to do. No "Error:" prefix.
 */
export const RULES = {
  unreadable: rule<{ reason: string }>()({
    id: 'input/unreadable',
    severity: 'error',
    message: ({ reason }) => `The file was not read: ${reason}.`,
    fix: () => 'Replace it with a regular file inside the repository.',
  }),
  tooLarge: rule<{ bytes: number; limit: number }>()({
    id: 'input/too-large',
    severity: 'error',
    message: ({ bytes, limit }) => `The file is ${bytes} bytes, over the limit of ${limit} bytes, and was not read.`,
    fix: () => 'Split it into smaller entries, or move large data out of the handbook.',
  }),
  binary: rule<Record<string, never>>()({
    id: 'input/binary',
    severity: 'error',
    message: () => 'The file holds NUL bytes: it is binary, not text, and was not read.',
    fix: () => 'Save it as UTF-8 text, or move it out of the content folder.',
  }),
  invalidUtf8: rule<{ offset: number }>()({
    id: 'input/invalid-utf8',
    severity: 'warning',
    message: ({ offset }) => `The file is not valid UTF-8 from byte ${offset}; the bad bytes show as �.`,
    fix: () => 'Save the file as UTF-8 in your editor.',
  }),
  tooDeep: rule<{ depth: number; limit: number }>()({
    id: 'input/too-deep',
    severity: 'error',
    message: ({ depth, limit }) => `The Markdown nests lists or quotes ${depth} levels deep, over the limit of ${limit}; it was not rendered.`,
    fix: () => 'Flatten the nesting: use headings or separate lists.',
  }),
  yamlSyntax: rule<{ reason: string; fix: string; language: 'YAML' | 'JSON' }>()({
    id: 'schema/yaml-syntax',
    severity: 'error',
    message: ({ reason, language }) => `The ${language} is not valid: ${reason}.`,
    fix: ({ fix }) => fix,
  }),
  missingRoster: rule<{ file: string }>()({
    id: 'schema/missing-roster',
    severity: 'error',
    message: ({ file }) => `${file} is missing; owners and decision-makers are ids from it.`,
    fix: ({ file }) => `Create ${file} with the lists teams (id, name, manager) and people (id, name, role).`,
  }),
  missingFrontmatter: rule<{ kind: string }>()({
    id: 'schema/missing-front-matter',
    severity: 'error',
    message: ({ kind }) => `The ${kind} has no YAML front matter.`,
    fix: () => 'Start the file with a block between two `---` lines holding its fields; `handbook new` writes one.',
  }),
  emptyFrontmatter: rule<{ fields: string[]; what: 'front matter' | 'file' }>()({
    id: 'schema/empty-front-matter',
    severity: 'error',
    message: ({ what }) => `The ${what} is empty.`,
    fix: ({ fields, what }) => `Write the fields${what === 'front matter' ? ' between the two --- lines' : ''}; this type has ${fields.join(', ')}.`,
  }),
  missingField: rule<{ field: string; holds: string; key: string; parent: string }>()({
    id: 'schema/missing-field',
    severity: 'error',
    message: ({ field, holds }) => `${field} is missing; it is required (${holds}).`,
    fix: ({ key, parent }) => `Add a line "${key}: …"${parent} with its value.`,
  }),
  wrongType: rule<{ field: string; problem: string; found: string; fix: string }>()({
    id: 'schema/wrong-type',
    severity: 'error',
    message: ({ field, problem, found }) => `${field} ${problem} (found ${found}).`,
    fix: ({ fix }) => fix,
  }),
  invalidField: rule<{ field: string; problem: string; found?: string; fix: string }>()({
    id: 'schema/invalid-field',
    severity: 'error',
    message: ({ field, problem, found }) => `${field} ${problem}${found === undefined ? '' : ` (found ${found})`}.`,
    fix: ({ fix }) => fix,
  }),
  inconsistentFields: rule<{ field: string; problem: string }>()({
    id: 'schema/inconsistent-fields',
    severity: 'error',
    message: ({ field, problem }) => `${field} ${problem}.`,
    fix: () => 'Change this field or the one it depends on so that the two agree.',
  }),
  impossibleDate: rule<{ field: string; date: string }>()({
    id: 'time/impossible-date',
    severity: 'error',
    message: ({ field, date }) => `${field} is ${date}, a day the calendar does not have.`,
    fix: () => 'Use a real date, written YYYY-MM-DD (February has 28 days, 29 in leap years).',
  }),
  timeOrder: rule<{ field: string; problem: string }>()({
    id: 'time/order',
    severity: 'error',
    message: ({ field, problem }) => `${field} ${problem}.`,
    fix: () => 'Correct whichever of the two dates is wrong; check the UTC offsets too.',
  }),
  unknownField: rule<{ field: string; suggestion?: string; allowed: string[] }>()({
    id: 'schema/unknown-field',
    severity: 'error',
    message: ({ field }) => `${field} is not a field of this content type.`,
    fix: ({ suggestion, allowed }) =>
      suggestion === undefined ? `Remove it; the fields are ${allowed.join(', ')}.` : `Rename it to ${suggestion}.`,
  }),
  fileName: rule<{ name: string; convention: string }>()({
    id: 'identity/file-name',
    severity: 'error',
    message: ({ name, convention }) => `The file name "${name}" does not follow the convention ${convention}.`,
    fix: ({ convention }) => `Rename the file to ${convention}, lower case, words joined by hyphens.`,
  }),
  unexpectedFile: rule<{ name: string; folder: string; plural: string; accepted: string }>()({
    id: 'identity/unexpected-file',
    severity: 'error',
    message: ({ name, folder, plural, accepted }) => `"${name}" in ${folder}/ is not one of the ${plural}, which are ${accepted}; it is not published.`,
    fix: ({ folder }) => `Move it out of ${folder}/, or convert it to the accepted format.`,
  }),
  duplicateNumber: rule<{ label: string; number: number; other: string }>()({
    id: 'identity/duplicate-number',
    severity: 'error',
    message: ({ label, number, other }) => `${label} number ${String(number).padStart(4, '0')} is also used by ${other}.`,
    fix: () => 'Renumber this file to the next free number and update any reference to it.',
  }),
  duplicateId: rule<{ id: string; other: string }>()({
    id: 'identity/duplicate-id',
    severity: 'error',
    message: ({ id, other }) => `The id "${id}" is also the id of ${other}, so references to it are ambiguous.`,
    fix: () => 'Rename one of the two files.',
  }),
  missingSection: rule<{ kind: string; section: string }>()({
    id: 'structure/missing-section',
    severity: 'error',
    message: ({ kind, section }) => `The ${kind} has no "${section}" section.`,
    fix: ({ section }) => `Add a level-2 heading "## ${section}" with its text; \`handbook new\` writes every section.`,
  }),
  unknownPerson: rule<{ field: string; id: string; suggestion?: string }>()({
    id: 'reference/unknown-person',
    severity: 'error',
    message: ({ field, id }) => `${field} names "${id}", who is not a person in content/team.yaml.`,
    fix: ({ suggestion }) =>
      suggestion === undefined ? 'Add the person to content/team.yaml or use an existing id.' : `Did you mean ${suggestion}?`,
  }),
  unknownEntry: rule<{ field: string; id: string; label: string; folder: string; suggestion?: string }>()({
    id: 'reference/unknown-entry',
    severity: 'error',
    message: ({ field, id, label, folder }) => `${field} names "${id}", which is not ${withArticle(label)} in ${folder}/.`,
    fix: ({ suggestion, label }) =>
      suggestion === undefined ? `Use the file name, without extension, of an existing ${label}.` : `Did you mean ${suggestion}?`,
  }),
  unknownContent: rule<{ field: string; id: string; suggestion?: string }>()({
    id: 'reference/unknown-content',
    severity: 'error',
    message: ({ field, id }) => `${field} names "${id}", which is no content in this repository.`,
    fix: ({ suggestion }) =>
      suggestion === undefined ? 'Use the id (file name without extension) of an existing entry.' : `Did you mean ${suggestion}?`,
  }),
  supersessionMismatch: rule<{ field: string; self: string; other: string; otherField: string; otherFile: string }>()({
    id: 'reference/supersession-mismatch',
    severity: 'error',
    message: ({ field, self, other, otherField }) => `${field} names ${other}, but ${other}'s ${otherField} does not name ${self}.`,
    fix: ({ self, otherField, otherFile }) => `Add ${self} to ${otherField} in ${otherFile}, or remove this reference.`,
  }),
  selfReference: rule<{ field: string }>()({
    id: 'reference/self',
    severity: 'error',
    message: ({ field }) => `${field} names this entry itself.`,
    fix: () => 'Name another entry.',
  }),
} as const;

/** The id of every rule the reader reports (`reference/unknown-person`…). */
export type RuleId = (typeof RULES)[keyof typeof RULES]['id'];

/** Builds a diagnostic for a catalog rule at a position. */
export function report<Args>(rule: Rule<Args, RuleId>, at: Located, args: Args): Diagnostic {
  return { ...at, severity: rule.severity, rule: rule.id, message: rule.message(args), fix: rule.fix(args) };
}
