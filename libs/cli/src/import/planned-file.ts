import type { SourceFile, SourceKind } from './find-sources.ts';

/** What became of one source file, as the report lists it. */
type ImportOutcome = 'imported' | 'imported-with-guesses' | 'not-imported';

/** One line of the import report: every source file appears once. */
export interface PlannedFile {
  /** The file, relative to the folder imported. */
  source: string;
  /** Whether the file is a record (templates, indexes and other files are listed, never imported). */
  record: boolean;
  /** The file written, relative to the repository root; `null` when none is. */
  target: string | null;
  outcome: ImportOutcome;
  /** Each mapping guessed, each link changed, or why the file was not imported. */
  reasons: string[];
  /** The text to write, for imported records. */
  text?: string;
}

const NOT_A_RECORD: Record<Exclude<SourceKind, 'record'>, string> = {
  template: 'a template, not a record',
  index: 'an index or README of the folder, not a record',
  other: 'not a Markdown file',
};

/** The report line of a file that is not imported: not a record, or a record that could not be read. */
export function notImported(source: SourceFile): PlannedFile {
  return {
    source: source.file,
    record: source.kind === 'record',
    target: null,
    outcome: 'not-imported',
    reasons: [
      source.kind === 'record' ? 'the file could not be read as text' : NOT_A_RECORD[source.kind],
    ],
  };
}
