import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
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
  syntaxErrors: (YamlProblem & { at: Position })[];
  /**
   * Position of the key (for a map entry) or item (for a list entry) at `path`. When the path
   * does not exist, the deepest part that does; when nothing does, the start of the YAML.
   */
  locate(path: readonly PropertyKey[]): Position;
}

/** Where a YAML text sits in its file. */
export interface YamlPlacement {
  /** 1-based file line of the YAML's first line (2 for front matter after `---`). */
  firstLine: number;
  /** Position reported for a path of which nothing exists (a missing top-level key). */
  origin: Position;
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
    syntaxErrors.push({ ...describeYamlError(located.code, error.message), at });
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

  return {
    data,
    syntaxErrors,
    locate(path) {
      let node: unknown = document.contents;
      let found: Position = origin;
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
          if (pair === undefined) break;
          const key = pair.key as Node;
          if (key.range) found = toPosition(key.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          const item = node.items[segment] as Node | undefined;
          if (!item?.range) break;
          found = toPosition(item.range[0]);
          node = item;
        } else {
          break;
        }
      }
      return found;
    },
  };
}
