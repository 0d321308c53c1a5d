import type { Program } from 'estree';
import type { MdxjsEsm } from 'mdast-util-mdx';
import type { Position } from '../../yaml-source.ts';

/** One ESM statement of an MDX file, where it starts, and its first line of source for messages. */
export interface EsmStatement {
  statement: Program['body'][number];
  at: Position;
  source: string;
}

/**
 * The statements of an MDX ESM block (`import …` / `export …` lines), each at its own file
 * position (acorn's columns are 0-based; ours 1-based). Input: an `mdxjsEsm` node.
 */
export function statementsOf(node: MdxjsEsm): EsmStatement[] {
  const program = node.data?.estree;
  const start = node.position?.start ?? { line: 1, column: 1 };
  if (program === null || program === undefined) return [];
  return program.body.map((statement) => {
    const at = statement.loc === null || statement.loc === undefined ? start : { line: statement.loc.start.line, column: statement.loc.start.column + 1 };
    const [first = ''] = node.value.split('\n').slice(at.line - start.line);
    return { statement, at, source: first.length > 60 ? `${first.slice(0, 60)}…` : first };
  });
}
