import { REPLACEMENT_REACH, type Replacement } from './diagnostic.ts';
import { lineStarts } from './rules/context.ts';
import type { WrittenValue } from './yaml-source.ts';

/**
 * The replacement of a YAML scalar written as `value` (plain, or in single or double quotes) by
 * `meant`, keeping its quotes; `undefined` when it is written another way (escapes, a block).
 */
export function replaceScalar(at: WrittenValue, value: string, meant: string): Replacement | undefined {
  const { line, column, written } = at;
  if (written === value) return { line, column, old: value, new: meant };
  const quote = written[0];
  if ((quote === '"' || quote === "'") && written === `${quote}${value}${quote}` && !meant.includes(quote)) {
    return { line, column, old: written, new: `${quote}${meant}${quote}` };
  }
  return undefined;
}

/** The result of {@link applyReplacements}. */
export interface Replaced {
  text: string;
  /** How many replacements were made; those whose `old` text was not where they said were skipped. */
  applied: number;
}

/**
 * Applies replacements to a file's text. Input: the text (a byte-order mark, if any, already
 * removed, as the reader saw it) and the replacements of its diagnostics. Each is made only where
 * its `old` text is found at its position or within {@link REPLACEMENT_REACH} characters after
 * it, and only when it overlaps no other; everything else, line endings included, is kept byte
 * for byte. Output: the new text and the count made.
 */
export function applyReplacements(text: string, replacements: readonly Replacement[]): Replaced {
  const starts = lineStarts(text);
  const located = replacements.flatMap((replacement) => {
    const lineStart = starts[replacement.line - 1];
    if (lineStart === undefined || replacement.old.length === 0) return [];
    const from = lineStart + replacement.column - 1;
    const offset = text.indexOf(replacement.old, from);
    return offset === -1 || offset - from > REPLACEMENT_REACH ? [] : [{ offset, end: offset + replacement.old.length, text: replacement.new }];
  });
  located.sort((left, right) => left.offset - right.offset || left.end - right.end);
  const kept: typeof located = [];
  for (const edit of located) {
    const last = kept.at(-1);
    if (last === undefined || edit.offset >= last.end) kept.push(edit);
  }
  let result = text;
  for (const edit of [...kept].reverse()) result = result.slice(0, edit.offset) + edit.text + result.slice(edit.end);
  return { text: result, applied: kept.length };
}
