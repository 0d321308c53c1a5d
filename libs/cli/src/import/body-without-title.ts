import type { Heading } from 'mdast';

/**
 * The Markdown body of another team's record without its level-1 title heading, which the
 * importer moves into front matter; leading blank lines removed. Input: the file's lines, the
 * 1-based line its body starts on (after any front matter) and the title heading, if any.
 */
export function bodyWithoutTitle(
  lines: readonly string[],
  bodyLine: number,
  title: Heading | undefined,
): string {
  const body = lines.slice(bodyLine - 1);
  const at = title?.position === undefined ? undefined : title.position.start.line - bodyLine;
  return (at === undefined ? body : [...body.slice(0, at), ...body.slice(at + 1)])
    .join('\n')
    .replace(/^\s*\n/, '');
}
