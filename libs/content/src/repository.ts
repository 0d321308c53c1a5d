import type { Roster } from '@handbook/schema';
import { checkAdrReferences } from './check-references.ts';
import { formatDiagnostic, type Diagnostic } from './diagnostic.ts';
import { readAdrs, type AdrEntry } from './read-adrs.ts';
import { readRoster } from './read-roster.ts';

/** Everything the handbook publishes, read and checked in one pass over the repository. */
export interface Repository {
  /** Valid ADRs, in file-name order. */
  adrs: AdrEntry[];
  /** The roster, or `undefined` when `content/team.yaml` is missing or invalid. */
  roster: Roster | undefined;
  /** Every problem found, sorted by file, line and column. Empty for a clean repository. */
  diagnostics: Diagnostic[];
}

/**
 * Reads the whole repository at `root`: ADRs and roster, each validated through
 * `@handbook/schema`, then every cross-file reference. Reports all problems, never only the
 * first. Throws only when a file exists but cannot be read (permissions, I/O).
 * This is the one code path the site's content loaders and the `handbook` CLI share.
 */
export async function loadRepository(root: string): Promise<Repository> {
  const [adrResult, rosterResult] = await Promise.all([readAdrs(root), readRoster(root)]);
  const diagnostics = [
    ...adrResult.diagnostics,
    ...rosterResult.diagnostics,
    ...checkAdrReferences(adrResult.adrs, rosterResult.roster),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { adrs: adrResult.adrs.map((adr) => adr.entry), roster: rosterResult.roster, diagnostics };
}

/** A repository with no errors: every reference resolves and the roster is there. */
export type ValidRepository = Repository & { roster: Roster };

/** Thrown when the repository's content has errors; its message lists every one, a line each. */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    const count = `${diagnostics.length} content error${diagnostics.length === 1 ? '' : 's'}`;
    super(`${count}; fix them and build again:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}

/**
 * Returns the repository when it has no error-severity diagnostics.
 * Throws {@link ContentError} listing every error otherwise.
 */
export function assertValidRepository(repository: Repository): ValidRepository {
  const errors = repository.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0 || repository.roster === undefined) throw new ContentError(errors);
  return { ...repository, roster: repository.roster };
}
