import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A Markdown file split into its YAML front matter and its body. */
export interface MarkdownFile {
  /** The YAML between the `---` fences, or `undefined` when the file has none. */
  frontmatter: { source: string; firstLine: number } | undefined;
  /** 1-based line of the opening `---` (1 when there is front matter). */
  frontmatterLine: number;
  /** The Markdown after the front matter. */
  body: string;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Parses a Markdown file with remark so that front matter is found the way the site's
 * Markdown pipeline finds it (a `---` block at the very top, nowhere else).
 * Input: the file's text. Output: {@link MarkdownFile}. Never throws on Markdown.
 */
export function parseMarkdownFile(text: string): MarkdownFile {
  const tree = parser.parse(text);
  const first = tree.children[0];
  if (first?.type !== 'yaml' || first.position === undefined) {
    return { frontmatter: undefined, frontmatterLine: 1, body: text };
  }
  const end = first.position.end.offset ?? 0;
  return {
    frontmatter: { source: first.value, firstLine: first.position.start.line + 1 },
    frontmatterLine: first.position.start.line,
    body: text.slice(end).replace(/^\r?\n/, ''),
  };
}
