import type { Diagnostic, Severity } from './diagnostic.ts';

type Located = Pick<Diagnostic, 'file' | 'line' | 'column'>;

interface Rule<Args> {
  /** Permanent id, printed with every diagnostic; never renamed once released. */
  id: string;
  severity: Severity;
  message: (args: Args) => string;
  fix: (args: Args) => string;
}

function rule<Args>(definition: Rule<Args>): Rule<Args> {
  return definition;
}

/**
 * The catalog of every problem the content reader reports, in one place so that the same
 * failure is always worded the same way (after Astro's `errors-data.ts`). Messages say what
 * happened; fixes say what to do. No "Error:" prefix.
 */
export const RULES = {
  yamlSyntax: rule<{ reason: string }>({
    id: 'schema/yaml-syntax',
    severity: 'error',
    message: ({ reason }) => `The YAML is not valid: ${reason}.`,
    fix: () => 'Correct the YAML at this position; quote values that contain a colon followed by a space.',
  }),
  missingRoster: rule<{ file: string }>({
    id: 'schema/missing-roster',
    severity: 'error',
    message: ({ file }) => `${file} is missing; owners and decision-makers are ids from it.`,
    fix: ({ file }) => `Create ${file} with the lists teams (id, name, manager) and people (id, name, role).`,
  }),
  missingFrontmatter: rule<{ kind: string }>({
    id: 'schema/missing-front-matter',
    severity: 'error',
    message: ({ kind }) => `The ${kind} has no YAML front matter.`,
    fix: () => 'Start the file with a block between two `---` lines holding its fields; `handbook new` writes one.',
  }),
  invalidField: rule<{ field: string; problem: string; found?: string }>({
    id: 'schema/invalid-field',
    severity: 'error',
    message: ({ field, problem, found }) => `${field} ${problem}${found === undefined ? '' : ` (found ${found})`}.`,
    fix: ({ field }) => `Change ${field} as described; the schema docs in libs/schema list every field.`,
  }),
  unknownField: rule<{ field: string; suggestion?: string; allowed: string[] }>({
    id: 'schema/unknown-field',
    severity: 'error',
    message: ({ field }) => `${field} is not a field of this content type.`,
    fix: ({ suggestion, allowed }) =>
      suggestion === undefined ? `Remove it; the fields are ${allowed.join(', ')}.` : `Rename it to ${suggestion}.`,
  }),
  fileName: rule<{ name: string; convention: string }>({
    id: 'identity/file-name',
    severity: 'error',
    message: ({ name, convention }) => `The file name "${name}" does not follow the convention ${convention}.`,
    fix: ({ convention }) => `Rename the file to ${convention}, lower case, words joined by hyphens.`,
  }),
  duplicateNumber: rule<{ number: number; other: string }>({
    id: 'identity/duplicate-number',
    severity: 'error',
    message: ({ number, other }) => `ADR number ${String(number).padStart(4, '0')} is also used by ${other}.`,
    fix: () => 'Renumber this ADR to the next free number and update any reference to it.',
  }),
  unknownPerson: rule<{ field: string; id: string; suggestion?: string }>({
    id: 'reference/unknown-person',
    severity: 'error',
    message: ({ field, id }) => `${field} names "${id}", who is not a person in content/team.yaml.`,
    fix: ({ suggestion }) =>
      suggestion === undefined ? 'Add the person to content/team.yaml or use an existing id.' : `Did you mean ${suggestion}?`,
  }),
  unknownAdr: rule<{ field: string; id: string; suggestion?: string }>({
    id: 'reference/unknown-adr',
    severity: 'error',
    message: ({ field, id }) => `${field} names "${id}", which is not an ADR in adr/.`,
    fix: ({ suggestion }) =>
      suggestion === undefined ? 'Use the file name of an existing ADR without .md.' : `Did you mean ${suggestion}?`,
  }),
  unknownContent: rule<{ field: string; id: string }>({
    id: 'reference/unknown-content',
    severity: 'error',
    message: ({ field, id }) => `${field} names "${id}", which is no content in this repository.`,
    fix: () => 'Use the id (file name without extension) of an existing ADR.',
  }),
  supersessionMismatch: rule<{ field: string; self: string; other: string; otherField: string }>({
    id: 'reference/supersession-mismatch',
    severity: 'error',
    message: ({ field, self, other, otherField }) => `${field} names ${other}, but ${other}'s ${otherField} does not name ${self}.`,
    fix: ({ self, other, otherField }) => `Add ${self} to ${otherField} in adr/${other}.md, or remove this reference.`,
  }),
  selfReference: rule<{ field: string }>({
    id: 'reference/self',
    severity: 'error',
    message: ({ field }) => `${field} names this ADR itself.`,
    fix: () => 'Name another ADR.',
  }),
} as const;

/** Builds a diagnostic for a catalog rule at a position. */
export function report<Args>(rule: Rule<Args>, at: Located, args: Args): Diagnostic {
  return { ...at, severity: rule.severity, rule: rule.id, message: rule.message(args), fix: rule.fix(args) };
}
