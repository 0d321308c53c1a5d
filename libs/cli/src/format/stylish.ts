import { styleText } from 'node:util';
import { codeFrameColumns } from '@babel/code-frame';
import type { Diagnostic } from '@handbook/content';
import type { LintReport } from './report.ts';
import { summary } from './summary.ts';

/** Lines of code shown around a problem. */
const FRAME = { linesAbove: 1, linesBelow: 1 } as const;

/** Longest line shown in a code frame; longer lines are cut so a minified file cannot flood the log. */
const MAX_FRAME_LINE = 160;

type Style = Parameters<typeof styleText>[0];

/** The lines around `diagnostic` with a caret under its column (Babel counts columns from 0). */
function frame(source: string, diagnostic: Diagnostic): string {
  const lines = source
    .split(/\r?\n/)
    .map((line) => (line.length > MAX_FRAME_LINE ? `${line.slice(0, MAX_FRAME_LINE)}…` : line));
  return codeFrameColumns(
    lines.join('\n'),
    { start: { line: diagnostic.line, column: diagnostic.column - 1 } },
    FRAME,
  );
}

/**
 * `--format stylish`, the default: diagnostics grouped under their file, each with its position,
 * severity, message, fix and rule id, then a code frame of the lines around it; a summary line
 * last. Colours only when `report.colour` is set (a terminal).
 */
export function formatStylish(report: LintReport): string {
  const paint = (style: Style, text: string) =>
    report.colour ? styleText(style, text, { validateStream: false }) : text;
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of report.diagnostics)
    byFile.set(diagnostic.file, [...(byFile.get(diagnostic.file) ?? []), diagnostic]);
  const blocks = [...byFile].map(([file, diagnostics]) => {
    const source = report.source(file);
    const entries = diagnostics.map((diagnostic) => {
      const severity = paint(
        diagnostic.severity === 'error' ? 'red' : 'yellow',
        diagnostic.severity,
      );
      const head = `  ${diagnostic.line}:${diagnostic.column}  ${severity}  ${diagnostic.message}  ${paint('dim', diagnostic.rule)}`;
      const fix = `      ${paint('cyan', 'fix:')} ${diagnostic.fix}`;
      const code = source === undefined ? [] : [frame(source, diagnostic).replace(/^/gm, '    ')];
      return [head, fix, ...code].join('\n');
    });
    return [paint('underline', file), ...entries].join('\n');
  });
  const closing =
    report.diagnostics.length === 0
      ? paint('green', summary(report))
      : paint('bold', summary(report));
  return [...blocks, closing].join('\n\n') + '\n';
}
