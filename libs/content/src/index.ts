export { formatDiagnostic, type Diagnostic, type Severity } from './diagnostic.ts';
export type { ListedFile } from './list-files.ts';
export type { ContentEntry } from './read-entry.ts';
export {
  assertValidRepository,
  ContentError,
  loadRepository,
  type EntriesByType,
  type Repository,
  type ValidRepository,
} from './repository.ts';
export { RULES, type RuleId } from './rules.ts';
