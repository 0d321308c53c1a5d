import {
  collectReferences,
  CONTENT_TYPES,
  formatFieldPath,
  ROSTER_FILE,
  ROSTER_REFERENCES,
  type ContentTypeName,
  type Reference,
  type ReferenceTarget,
  type Roster,
} from '@handbook/schema';
import type { Diagnostic } from './diagnostic.ts';
import type { ReadFile } from './read-entry.ts';
import type { ReadRoster } from './read-roster.ts';
import { report, RULES } from './rules/index.ts';
import { replaceScalar } from './replacements.ts';
import { onlySuggestion, suggest } from './suggest.ts';
import type { YamlSource } from './yaml-source.ts';

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function names(value: unknown, id: string): boolean {
  return value === id || (Array.isArray(value) && value.includes(id));
}

interface Holder {
  id: string | undefined;
  file: string;
  yaml: YamlSource;
  references: Reference<ReferenceTarget>[];
  /** Positions already reported in this file: a reference there is not reported twice. */
  reported: Set<string>;
}

/**
 * Resolves every reference of every file over one id index of all content types, valid files
 * and invalid ones alike (identity before validity): people exist in the roster, typed targets
 * exist in their type, `any` targets exist in some type, an entry does not name itself, and a
 * reference with an inverse field is stated on both ends (`supersedes` ↔ `superseded-by`), and
 * one that requires a status names an entry that has it (a page's `adopted-by`: an accepted ADR).
 * References are read from the raw parsed data, so they are checked even when another field of
 * the file is invalid; a position that already has a diagnostic is not reported again. Person
 * references are skipped when the roster is invalid, since its own diagnostics say why.
 * Input: every read file and the roster. Output: diagnostics.
 */
export function checkReferences(files: readonly ReadFile[], roster: ReadRoster): Diagnostic[] {
  const byId = new Map(files.map((file) => [file.id, file]));
  const idsOfType = (type: ContentTypeName) => files.filter((file) => file.type === type).map((file) => file.id);
  const allIds = [...byId.keys()];
  const personIds = roster.roster?.people.map((person) => person.id) ?? [];
  const holders: Holder[] = files.flatMap((file) =>
    file.yaml === undefined
      ? []
      : [{
          id: file.id,
          file: file.file,
          yaml: file.yaml,
          references: collectReferences(file.yaml.data, CONTENT_TYPES[file.type].references),
          reported: new Set(file.diagnostics.map(({ line, column }) => `${line}:${column}`)),
        }],
  );
  if (roster.yaml !== undefined && roster.roster !== undefined) {
    holders.push({ id: undefined, file: ROSTER_FILE, yaml: roster.yaml, references: collectReferences<ReferenceTarget>(roster.yaml.data, ROSTER_REFERENCES), reported: new Set() });
  }

  const diagnostics: Diagnostic[] = [];
  for (const holder of holders) {
    for (const reference of holder.references) {
      const key = holder.yaml.locate(reference.path);
      if (holder.reported.has(`${key.line}:${key.column}`)) continue;
      const found = check(reference, holder, { byId, idsOfType, allIds, personIds, roster: roster.roster });
      if (found === undefined) continue;
      const written = holder.yaml.valueAt(reference.path);
      const replacement = found.meant === undefined || written === undefined ? undefined : replaceScalar(written, reference.id, found.meant);
      const { line, column } = written ?? key;
      diagnostics.push({ ...found.diagnostic, file: holder.file, line, column, ...(replacement === undefined ? {} : { replacements: [replacement] }) });
    }
  }
  return diagnostics;
}

interface Index {
  byId: Map<string, ReadFile>;
  idsOfType: (type: ContentTypeName) => string[];
  allIds: string[];
  personIds: string[];
  roster: Roster | undefined;
}

/** A broken reference's diagnostic, and the id it certainly meant when exactly one is near. */
interface Found {
  diagnostic: Diagnostic;
  meant: string | undefined;
}

/** A diagnostic for `id` not among `candidates`, with the one near id `--fix` may write instead. */
function notFound(id: string, candidates: readonly string[], diagnostic: (suggestion: string | undefined) => Diagnostic): Found {
  return { diagnostic: diagnostic(suggest(id, candidates)), meant: onlySuggestion(id, candidates) };
}

function check(reference: Reference<ReferenceTarget>, holder: Holder, index: Index): Found | undefined {
  const field = formatFieldPath(reference.path);
  const { id, target } = reference;
  const here = { file: holder.file, line: 0, column: 0 };
  if (target === 'person') {
    if (index.roster === undefined || index.personIds.includes(id)) return undefined;
    return notFound(id, index.personIds, (suggestion) => report(RULES.unknownPerson, here, { field, id, suggestion }));
  }
  if (id === holder.id) return { diagnostic: report(RULES.selfReference, here, { field }), meant: undefined };
  const found = index.byId.get(id);
  if (target === 'any') {
    return found === undefined ? notFound(id, index.allIds, (suggestion) => report(RULES.unknownContent, here, { field, id, suggestion })) : undefined;
  }
  const type = CONTENT_TYPES[target];
  if (found === undefined || found.type !== target) {
    return notFound(id, index.idsOfType(target), (suggestion) => report(RULES.unknownEntry, here, { field, id, label: type.label, folder: type.folder, suggestion }));
  }
  const { inverse } = reference;
  const targetData = asRecord(found.yaml?.data);
  if (inverse !== undefined && targetData !== undefined && holder.id !== undefined && !names(targetData[inverse], holder.id)) {
    return { diagnostic: report(RULES.supersessionMismatch, here, { field, self: holder.id, other: id, otherField: inverse, otherFile: found.file }), meant: undefined };
  }
  const { requiresStatus } = reference;
  if (requiresStatus !== undefined && targetData !== undefined && targetData.status !== requiresStatus) {
    const status = typeof targetData.status === 'string' ? targetData.status : 'without a status';
    return { diagnostic: report(RULES.notAdopted, here, { field, id, status, file: found.file }), meant: undefined };
  }
  return undefined;
}
