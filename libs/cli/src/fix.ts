import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyReplacements, type Diagnostic } from '@handbook/content';
import { createTwoFilesPatch } from 'diff';
import { replaceFile } from './write-file.ts';

/** One file `handbook lint --fix` would change: its text before and after, and how many problems that fixes. */
export interface FixedFile {
  /** Repository-relative path. */
  file: string;
  before: string;
  after: string;
  /** Problems fixed (a problem may take several replacements: every tab-indented line). */
  problems: number;
}

const BOM = '\uFEFF';
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The files the certain fixes of `diagnostics` change (see `Diagnostic.replacements`), read from
 * `root` and changed in memory. A file that is not valid UTF-8 is left out; a byte-order mark is
 * kept; nothing but the replaced text changes, CRLF line ends included. Writes nothing.
 */
export async function planFixes(
  root: string,
  diagnostics: readonly Diagnostic[],
): Promise<FixedFile[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    if ((diagnostic.replacements?.length ?? 0) > 0)
      byFile.set(diagnostic.file, [...(byFile.get(diagnostic.file) ?? []), diagnostic]);
  }
  const fixed: FixedFile[] = [];
  for (const [file, fixable] of byFile) {
    let before: string;
    try {
      before = strict.decode(await readFile(path.join(root, file)));
    } catch {
      continue;
    }
    const bom = before.startsWith(BOM) ? BOM : '';
    const replacements = fixable.flatMap((diagnostic) => diagnostic.replacements ?? []);
    const { text, applied } = applyReplacements(before.slice(bom.length), replacements);
    if (applied > 0 && text !== before.slice(bom.length)) {
      fixed.push({ file, before, after: bom + text, problems: fixable.length });
    }
  }
  return fixed;
}

/** Writes each fixed file in place, atomically (a temporary file renamed over it). */
export async function writeFixes(root: string, fixed: readonly FixedFile[]): Promise<void> {
  for (const { file, after } of fixed) await replaceFile(path.join(root, file), after);
}

/** The unified diff of the planned fixes, as `git diff` prints it (`--- a/file`, `+++ b/file`). */
export function fixDiff(fixed: readonly FixedFile[]): string {
  return fixed
    .map(({ file, before, after }) =>
      createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, {
        context: 2,
      }).replace(/^=+\n/, ''),
    )
    .join('');
}
