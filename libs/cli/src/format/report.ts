import type { Diagnostic } from '@handbook/content';

/** What every output format receives: the diagnostics to print and how to print them. */
export interface LintReport {
  /** Diagnostics to print, sorted by file, line and column. */
  diagnostics: readonly Diagnostic[];
  /** How many content files were checked (for the summary line). */
  checkedFiles: number;
  /** Whether ANSI colours may be used. */
  colour: boolean;
  /** The text of a repository file for code frames, or `undefined` when it should not be shown. */
  source(file: string): string | undefined;
}

/** A diagnostic's whole message for one-line formats: what is wrong, then how to fix it. */
export function fullMessage(diagnostic: Diagnostic): string {
  return `${diagnostic.message} ${diagnostic.fix}`;
}
