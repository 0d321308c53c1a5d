import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Replacement } from './diagnostic.ts';
import { describeYamlError, locateYamlError, type YamlProblem } from './yaml-errors.ts';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** YAML parsed with positions, so that every problem can be reported at its exact key. */
export interface YamlSource {
  /** The plain data, or `undefined` when the YAML has syntax errors. */
  data: unknown;
  /** Syntax errors in an author's words with their fixes and positions, one per line at most; empty when the YAML parsed. */
  syntaxErrors: (YamlProblem & { at: Position; replacements?: Replacement[] })[];
  /**
   * Position of the key (for a map entry) or item (for a list entry) at `path`. When the path
   * does not exist, the deepest part that does; when nothing does, the start of the YAML.
   */
  locate(path: readonly PropertyKey[]): Position;
  /**
   * The scalar value at `path` as written (quotes included) and where it starts, for reporting at
   * the value and replacing it; `undefined` when the path holds no scalar.
   */
  valueAt(path: readonly PropertyKey[]): WrittenValue | undefined;
}

/** A scalar as written in the source, and its 1-based position. */
export interface WrittenValue extends Position {
  /** The value's source text: `accepted`, `"accepted"`. */
  written: string;
}

/** Where a YAML text sits in its file. */
export interface YamlPlacement {
  /** 1-based file line of the YAML's first line (2 for front matter after `---`). */
  firstLine: number;
  /** Position reported for a path of which nothing exists (a missing top-level key). */
  origin: Position;
}

/**
 * Replacements of the tabs in the indentation of every line of `source` by two spaces each: the
 * fix for YAML's "tab as indentation" error. When the YAML has a block scalar (`|`, `>`), whose
 * lines may hold tabs as text, only the line the parser reported (`reportedLine`, a file line).
 */
function tabIndentation(source: string, firstLine: number, reportedLine: number): Replacement[] {
  const blockScalar = /:[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?\r?$/m.test(source);
  return source.split('\n').flatMap((text, index) => {
    const line = firstLine + index;
    const indentation = /^[ \t]*/.exec(text)?.[0] ?? '';
    if (!indentation.includes('\t') || (blockScalar && line !== reportedLine)) return [];
    return [{ line, column: 1, old: indentation, new: indentation.replaceAll('\t', '  ') }];
  });
}

/** Aliases one YAML document may expand (the `yaml` package's guard against alias bombs). */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses YAML (1.2 core schema, so `2026-11-02` stays a string) keeping node positions.
 * Input: the YAML text and where it sits in its file. Output: {@link YamlSource}. Never throws: unresolved aliases
 * and alias bombs are syntax errors like any other.
 */
export function parseYamlSource(source: string, { firstLine, origin }: YamlPlacement): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const syntaxErrors: YamlSource['syntaxErrors'] = [];
  const reported = new Set<number>();
  for (const error of document.errors) {
    const located = locateYamlError(source, error.code, error.message, error.pos[0]);
    const at = toPosition(located.offset);
    // The parser often reports one mistake several times, at one offset or on one line: the first report is the clearest.
    if (reported.has(error.pos[0]) || syntaxErrors.some((known) => known.at.line === at.line)) continue;
    reported.add(error.pos[0]);
    const tabs = located.code === 'TAB_AS_INDENT' && !syntaxErrors.some((known) => known.replacements !== undefined);
    syntaxErrors.push({ ...describeYamlError(located.code, error.message), at, ...(tabs ? { replacements: tabIndentation(source, firstLine, at.line) } : {}) });
  }
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // Unresolved aliases (`*a` with no `&a`) and alias bombs only surface when converting.
      const message = (error as Error).message;
      syntaxErrors.push({ ...describeYamlError(/alias count/i.test(message) ? 'ALIAS_LIMIT' : 'UNRESOLVED_ALIAS', message), at: origin });
    }
  }

  /** The node at `path` and the position of its key or item, as far as the path exists. */
  const walk = (path: readonly PropertyKey[]): { node: unknown; found: Position; complete: boolean } => {
    let node: unknown = document.contents;
    let found: Position = origin;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
        if (pair === undefined) return { node, found, complete: false };
        const key = pair.key as Node;
        if (key.range) found = toPosition(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item?.range) return { node, found, complete: false };
        found = toPosition(item.range[0]);
        node = item;
      } else {
        return { node, found, complete: false };
      }
    }
    return { node, found, complete: true };
  };

  return {
    data,
    syntaxErrors,
    locate: (path) => walk(path).found,
    valueAt(path) {
      const { node, complete } = walk(path);
      if (!complete || !isScalar(node) || node.range === undefined || node.range === null) return undefined;
      return { ...toPosition(node.range[0]), written: source.slice(node.range[0], node.range[1]) };
    },
  };
}
