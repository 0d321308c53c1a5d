import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { markdownToMdast } from 'satteri';
import { unified } from 'unified';

/** A Markdown file split into its YAML front matter and its body, with its Markdown tree. */
export interface MarkdownFile {
  /** The YAML between the `---` fences and the file line of its first line, or `undefined` when the file has none. */
  frontmatter: { source: string; firstLine: number } | undefined;
  /** 1-based line of the opening `---` (1 when there is front matter). */
  frontmatterLine: number;
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based file line on which `body` starts. */
  bodyLine: number;
  /**
   * The whole file parsed once, front matter node included: the tree that structure checks read
   * and the site renders, so no file is parsed twice. Positions are file positions.
   */
  tree: Root;
  /**
   * For MDX, where the MDX parser stopped, when the file is not valid MDX: the tree is then the
   * Markdown reading of the file, so that its other checks still run.
   */
  mdxError?: { reason: string; line: number; column: number };
}

/** How a Markdown file is written: plain Markdown (`.md`) or MDX (`.mdx`, JSX and expressions). */
export type MarkdownFormat = 'md' | 'mdx';

/**
 * remark with GitHub-flavoured Markdown and `remark-frontmatter` (YAML only): the reference
 * CommonMark parser. It parses what Sätteri does not take as this project reads Markdown (a
 * TOML `+++` block, which remark reads as text), and whatever Sätteri cannot parse at all;
 * the tests hold Sätteri's trees to it (`markdown-parsers.test.ts`).
 */
const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** MDX as `@astrojs/mdx` reads it (micromark with the MDX extensions, acorn for expressions), GFM and YAML front matter. */
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** The two parsers of a Markdown file; both give mdast with file positions in UTF-16 code units. */
export const MARKDOWN_PARSERS = {
  /** Astro 7's native parser (Rust, through N-API): GFM and YAML front matter, a hundred times faster than remark here. */
  satteri: (text: string): Root => markdownToMdast(text, { features: { gfm: true, frontmatter: true } }) as Root,
  remark: (text: string): Root => remark.parse(text),
} as const;

function parseTree(text: string): Root {
  try {
    const tree = MARKDOWN_PARSERS.satteri(text);
    return tree.children[0]?.type === ('toml' as string) ? MARKDOWN_PARSERS.remark(text) : tree;
  } catch {
    return MARKDOWN_PARSERS.remark(text);
  }
}

/**
 * Parses a Markdown or MDX file once, GitHub-flavoured (tables, autolinks) as the site renders it, with
 * the front matter found the way the site's pipeline does (a `---` block at the very top,
 * nowhere else). Sätteri parses; remark (with `remark-frontmatter`) takes over when Sätteri
 * fails or would read a TOML block; MDX is parsed by remark with `remark-mdx`. Input: the file's text, byte-order mark removed, and
 * its format. Output:
 * {@link MarkdownFile}. Never throws on Markdown; callers bound nesting first
 * (`markdownNestingDepth`), since remark's time grows steeply with depth, and character
 * references (`characterReferences`), since Sätteri's grows with the square of their number.
 */
export function parseMarkdownFile(text: string, format: MarkdownFormat = 'md'): MarkdownFile {
  const { tree, mdxError } = format === 'mdx' ? parseMdxTree(text) : { tree: parseTree(text), mdxError: undefined };
  const parsed = mdxError === undefined ? { tree } : { tree, mdxError };
  return { ...splitFrontMatter(text, tree), ...parsed };
}

/**
 * Parses MDX as the site's MDX compiler does. A file that is not valid MDX is read as Markdown
 * instead, with where and why MDX stopped.
 */
function parseMdxTree(text: string): { tree: Root; mdxError: MarkdownFile['mdxError'] } {
  try {
    return { tree: mdx.parse(text), mdxError: undefined };
  } catch (error) {
    const { reason, line, column } = error as { reason?: string; line?: number; column?: number; message?: string };
    return { tree: parseTree(text), mdxError: { reason: reason ?? String((error as Error).message), line: line ?? 1, column: column ?? 1 } };
  }
}

function splitFrontMatter(text: string, tree: Root): Omit<MarkdownFile, 'mdxError'> {
  const first = tree.children[0];
  if (first?.type !== 'yaml' || first.position === undefined) {
    return { frontmatter: undefined, frontmatterLine: 1, body: text, bodyLine: 1, tree };
  }
  const end = first.position.end.offset ?? 0;
  const rest = text.slice(end);
  const newline = /^\r?\n/.exec(rest)?.[0] ?? '';
  return {
    frontmatter: { source: first.value, firstLine: first.position.start.line + 1 },
    frontmatterLine: first.position.start.line,
    body: rest.slice(newline.length),
    bodyLine: first.position.end.line + (newline === '' ? 0 : 1),
    tree,
  };
}
