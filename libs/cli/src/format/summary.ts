import { plural } from '../plural.ts';
import type { LintReport } from './report.ts';

/** The closing line: "3 problems (2 errors, 1 warning) in 2 of 14 files" or "No problems in 14 files". */
export function summary({ diagnostics, checkedFiles }: LintReport): string {
  const files = plural(checkedFiles, 'file');
  if (diagnostics.length === 0) return `No problems in ${files}.`;
  const withProblems = new Set(diagnostics.map((diagnostic) => diagnostic.file)).size;
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return `${plural(diagnostics.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${withProblems} of ${files}.`;
}
