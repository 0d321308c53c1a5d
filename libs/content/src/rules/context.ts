import type { ContentTypeName } from '@handbook/schema';
import type { Root } from 'mdast';
import type { Position, YamlSource } from '../yaml-source.ts';

/** One read file as the rules that look inside a file see it, whether or not it is valid. */
export interface FileContext {
  /** Repository-relative path. */
  file: string;
  type: ContentTypeName;
  id: string;
  /** The whole text, byte-order mark removed. */
  text: string;
  /** Front matter (Markdown) or the whole file (data) with positions, when it parsed. */
  yaml: YamlSource | undefined;
  /** The Markdown tree with file positions, when the file is Markdown and was parsed. */
  tree: Root | undefined;
  /** Today, `YYYY-MM-DD`, for rules about time. */
  today: string;
}

/** The 1-based line and column of a 0-based `offset` into `text`. */
function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** 0-based offsets of the starts of the lines of `text` (a line ends at `\n`; a `\r` before it stays in its line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/**
 * A function from 0-based offsets into `text` to 1-based lines and columns, for many lookups in one
 * text: the line starts are found once, each lookup is a binary search (where {@link positionAt}
 * reads the text up to the offset each time).
 */
export function lineLocator(text: string): (offset: number) => Position {
  const starts = lineStarts(text);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

/**
 * The file position of `offset` inside a node's source text that starts at `start`: what a
 * match inside a raw HTML block or a link is reported at.
 */
export function positionWithin(start: Position, value: string, offset: number): Position {
  const inside = positionAt(value, offset);
  return inside.line === 1 ? { line: start.line, column: start.column + offset } : { line: start.line + inside.line - 1, column: inside.column };
}
