import { summary } from './summary.ts';
import { fullMessage, type LintReport } from './report.ts';

/** Escapes a workflow command's message (GitHub Actions toolkit's `escapeData`). */
const escapeData = (text: string) =>
  text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** Escapes a workflow command's property value (the toolkit's `escapeProperty`). */
const escapeProperty = (text: string) =>
  escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * How many annotations of one severity GitHub shows for a step ("a maximum of 10 warning
 * annotations and 10 error annotations per step", GitHub Actions' workflow commands docs);
 * the rest are only in the log and the step summary.
 */
const ANNOTATIONS_SHOWN = 10;

/**
 * `--format github`: one GitHub Actions workflow command per diagnostic
 * (`::error file=adr/0004-x.md,line=5,col=3,title=schema/invalid-field::…`), so that each problem
 * is annotated on its line of the pull request, then a plain summary line for the log, saying how
 * many annotations GitHub will not show (every problem is in the step summary, {@link githubStepSummary}).
 */
export function formatGithub(report: LintReport): string {
  const lines = report.diagnostics.map((diagnostic) => {
    const properties = [
      `file=${escapeProperty(diagnostic.file)}`,
      `line=${diagnostic.line}`,
      `col=${diagnostic.column}`,
      `title=${escapeProperty(diagnostic.rule)}`,
    ].join(',');
    return `::${diagnostic.severity} ${properties}::${escapeData(fullMessage(diagnostic))}`;
  });
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  const hidden =
    Math.max(0, errors - ANNOTATIONS_SHOWN) + Math.max(0, warnings - ANNOTATIONS_SHOWN);
  const note =
    hidden === 0
      ? []
      : [
          `GitHub shows ${ANNOTATIONS_SHOWN} annotations of each severity per step: ${hidden} more are not annotated; the step summary lists every problem.`,
        ];
  return [...lines, summary(report), ...note].join('\n') + '\n';
}

/** A table cell's text: pipes escaped, lines joined. */
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * The Markdown a GitHub Actions job step summary (`$GITHUB_STEP_SUMMARY`) gets from
 * `--format github`: the summary line, then a table of every problem (file:line:col, severity,
 * rule, message and fix), since annotations stop at {@link ANNOTATIONS_SHOWN} per severity.
 */
export function githubStepSummary(report: LintReport): string {
  const rows = report.diagnostics.map(
    (diagnostic) =>
      `| \`${cell(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}\` | ${diagnostic.severity} | ${cell(diagnostic.rule)} | ${cell(fullMessage(diagnostic))} |`,
  );
  const table =
    rows.length === 0
      ? []
      : ['', '| Where | Severity | Rule | Problem and fix |', '|---|---|---|---|', ...rows];
  return ['## handbook lint', '', summary(report), ...table, ''].join('\n');
}
