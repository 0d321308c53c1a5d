import type { RuleId } from './rules/index.ts';

/** How bad a problem is: an error fails the build and `handbook lint`; a warning is reported only. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in the repository's content, at the exact key or heading it concerns.
 * Lines and columns are 1-based, as editors and GitHub annotations count them.
 */
export interface Diagnostic {
  /** Path of the file relative to the repository root, with `/` separators (`adr/0004-x.md`). */
  file: string;
  /** 1-based line of the offending key, list item or heading. */
  line: number;
  /** 1-based column of the same. */
  column: number;
  severity: Severity;
  /** Stable rule id from the catalog in `rules.ts` (`reference/unknown-person`). */
  rule: RuleId;
  /** What is wrong, naming the field and the bad value. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/**
 * One line per diagnostic: `adr/0004-x.md:5:3 error <message> Fix: <fix> [rule]`.
 * The `file:line:col` prefix is what terminals and editors turn into a link.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, severity, message, fix, rule } = diagnostic;
  return `${file}:${line}:${column} ${severity} ${message} Fix: ${fix} [${rule}]`;
}
