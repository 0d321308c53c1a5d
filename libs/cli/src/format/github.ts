import { summary } from './summary.ts';
import { fullMessage, type LintReport } from './report.ts';

/** Escapes a workflow command's message (GitHub Actions toolkit's `escapeData`). */
const escapeData = (text: string) =>
  text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** Escapes a workflow command's property value (the toolkit's `escapeProperty`). */
const escapeProperty = (text: string) =>
  escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * `--format github`: one GitHub Actions workflow command per diagnostic
 * (`::error file=adr/0004-x.md,line=5,col=3,title=schema/invalid-field::…`), so that each problem
 * is annotated on its line of the pull request, then a plain summary line for the log.
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
  return [...lines, summary(report)].join('\n') + '\n';
}
