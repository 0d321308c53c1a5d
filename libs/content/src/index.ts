export { formatDiagnostic, type Diagnostic, type Severity } from './diagnostic.ts';
export { ADR_FOLDER, type AdrEntry } from './read-adrs.ts';
export { ROSTER_FILE } from './read-roster.ts';
export { assertValidRepository, ContentError, loadRepository, type Repository, type ValidRepository } from './repository.ts';
export { RULES } from './rules.ts';
