import type { RuleId } from './rules/index.ts';

/** How bad a problem is: an error fails the build and `handbook lint`; a warning is reported only. */
export type Severity = 'error' | 'warning';

/**
 * A fix that is certain, as text to replace: the first `old` at or after `line`:`column` (within
 * the next {@link REPLACEMENT_REACH} characters) becomes `new`. `handbook lint --fix` applies it only
 * when `old` is found there, so a stale replacement changes nothing.
 */
export interface Replacement {
  /** 1-based line where `old` starts, or where the search for it starts. */
  line: number;
  /** 1-based column of the same. */
  column: number;
  old: string;
  new: string;
}

/** How far past its position a replacement's `old` text may start (a link's URL after its text). */
export const REPLACEMENT_REACH = 2000;

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
  /** The edits that make `fix`, when it is certain (one suggestion, nothing to choose). */
  replacements?: readonly Replacement[];
}

/**
 * One line per diagnostic: `adr/0004-x.md:5:3 error <message> Fix: <fix> [rule]`.
 * The `file:line:col` prefix is what terminals and editors turn into a link.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, severity, message, fix, rule } = diagnostic;
  return `${file}:${line}:${column} ${severity} ${message} Fix: ${fix} [${rule}]`;
}
