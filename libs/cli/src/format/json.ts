import { fullMessage, type LintReport } from './report.ts';

/**
 * `--format json`: one JSON array of `{ file, line, column, rule, severity, message }` (message
 * includes the fix), for tools and scripts. Prints `[]` when the content is clean.
 */
export function formatJson({ diagnostics }: LintReport): string {
  const rows = diagnostics.map((diagnostic) => ({
    file: diagnostic.file,
    line: diagnostic.line,
    column: diagnostic.column,
    rule: diagnostic.rule,
    severity: diagnostic.severity,
    message: fullMessage(diagnostic),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
