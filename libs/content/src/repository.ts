import { CONTENT_TYPE_NAMES, type ContentTypeName, type Roster } from '@handbook/schema';
import { checkIdentity, sharingANumber } from './check-identity.ts';
import { checkAcrossFiles } from './check-across-files.ts';
import { checkReferences } from './check-references.ts';
import { formatDiagnostic, type Diagnostic } from './diagnostic.ts';
import { listContentFiles, type ListedFile } from './list-files.ts';
import type { ReadCache } from './read-cache.ts';
import { readContentFile, type ContentEntry } from './read-entry.ts';
import { readRoster } from './read-roster.ts';
import { SANITISED_RULES } from './rules/index.ts';
import { createSecretScanner, type SecretScanner } from './secret-scanner.ts';
import { repositoryToday } from './settings.ts';

/** The valid entries of every content type, keyed by type name, each list in path order. */
export type EntriesByType = { [Name in ContentTypeName]: ContentEntry<Name>[] };

/** Everything the handbook publishes, read and checked in one pass over the repository. */
export interface Repository {
  /** Valid entries of every registered content type. */
  entries: EntriesByType;
  /** Every file whose name follows its type's convention, valid or not, in path order. */
  files: ListedFile[];
  /** The roster, or `undefined` when `content/team.yaml` is missing or invalid. */
  roster: Roster | undefined;
  /** Every problem found, sorted by file, line and column. Empty for a clean repository. */
  diagnostics: Diagnostic[];
}

/** How many files are read at once: enough to overlap I/O, few enough to bound open files. */
const READ_CONCURRENCY = 64;

async function readAll(root: string, files: readonly ListedFile[], today: string, cache: ReadCache | undefined, scan: SecretScanner['scan']) {
  const read: Awaited<ReturnType<typeof readContentFile>>[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      read[index] = await readContentFile(root, files[index] as ListedFile, today, cache, scan);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return read;
}

/** When the files that share a number were added (see `LoadOptions.addedAt`); empty when none do or nobody can tell. */
async function whenAdded(files: readonly ListedFile[], addedAt: LoadOptions['addedAt']): Promise<ReadonlyMap<string, number>> {
  const shared = sharingANumber(files);
  return addedAt === undefined || shared.length === 0 ? new Map() : addedAt(shared);
}

/** Options of {@link loadRepository}. */
export interface LoadOptions {
  /** The date time rules compare with (`review-date` past due), `YYYY-MM-DD`; the repository's today ({@link repositoryToday}) when absent. */
  today?: string;
  /** Parses from an earlier load of the same repository, reused for files whose text is unchanged ({@link ReadCache}). */
  cache?: ReadCache;
  /**
   * When each of `files` (repository-relative) was first added, as any increasing number (a git
   * commit time in seconds); a file left out counts as the newest. Asked only about files that
   * share an ADR number, so that the one added last is the one reported and renumbered.
   */
  addedAt?: (files: readonly string[]) => Promise<ReadonlyMap<string, number>>;
  /**
   * Scan for secrets on a worker thread beside the parse (see `createSecretScanner`) when the
   * repository has {@link THREADED_FROM} files or more: for the CLI, which Node runs from the
   * sources; not for a bundled build.
   */
  threads?: boolean;
  /**
   * The files whose secrets matter (those `handbook lint` reports on); the others are not
   * scanned. Every file when absent, and always with a `cache`, whose reads must be whole.
   */
  scanOnly?: (file: string) => boolean;
}

/** Files from which a worker thread for the secret scan pays for its start-up (about 0.1 s of a core). */
const THREADED_FROM = 200;

/**
 * Reads the whole repository at `root`: every registered content type and the roster, in two
 * passes. First every file whose name follows its type's convention is listed (identity before
 * validity: an invalid file still counts for numbering, duplicates and references); then each
 * is read, validated through `@handbook/schema`, and every reference resolved over one index of
 * all types. Reports all problems, never only the first, and never throws on content.
 * This is the one code path the site's content loaders and the `handbook` CLI share.
 */
export async function loadRepository(root: string, options: LoadOptions = {}): Promise<Repository> {
  const today = options.today ?? repositoryToday(root);
  const [listed, roster] = await Promise.all([listContentFiles(root), readRoster(root)]);
  const scanner = createSecretScanner(options.threads === true && listed.files.length >= THREADED_FROM);
  const { scanOnly } = options;
  const scan: SecretScanner['scan'] =
    scanOnly === undefined || options.cache !== undefined ? (file, text) => scanner.scan(file, text) : (file, text) => (scanOnly(file) ? scanner.scan(file, text) : Promise.resolve([]));
  const [read, addedAt] = await Promise.all([readAll(root, listed.files, today, options.cache, scan), whenAdded(listed.files, options.addedAt)]).finally(() => scanner.close());
  options.cache?.retain(listed.files);
  const diagnostics = [
    ...listed.diagnostics,
    ...roster.diagnostics,
    ...read.flatMap((file) => file.diagnostics),
    ...checkIdentity(listed.files, addedAt),
    ...checkReferences(read, roster),
    ...checkAcrossFiles(read),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const entries = Object.fromEntries(CONTENT_TYPE_NAMES.map((name) => [name, [] as ContentEntry[]])) as unknown as Record<ContentTypeName, ContentEntry[]>;
  for (const file of read) if (file.entry !== undefined) entries[file.type].push(file.entry);
  return { entries: entries as EntriesByType, files: listed.files, roster: roster.roster, diagnostics };
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
 * Whether a diagnostic stops the site build: every error except those of {@link SANITISED_RULES},
 * whose constructs the renderer removes (lint still fails on them).
 */
export function failsBuild(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'error' && !SANITISED_RULES.includes(diagnostic.rule);
}

/**
 * Returns the repository when no diagnostic fails the build ({@link failsBuild}).
 * Throws {@link ContentError} listing every such error otherwise.
 */
export function assertValidRepository(repository: Repository): ValidRepository {
  const errors = repository.diagnostics.filter(failsBuild);
  if (errors.length > 0 || repository.roster === undefined) throw new ContentError(errors);
  return { ...repository, roster: repository.roster };
}
