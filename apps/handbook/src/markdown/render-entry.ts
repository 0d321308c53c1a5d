import { rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import { SANITIZE_SCHEMA } from '@handbook/content';
import type { Root, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeEntryLinks } from './rehype-entry-links.ts';
import { afterSanitiser, REMARK_REHYPE_OPTIONS } from './site-pipeline.ts';

/** An entry's body as the site publishes it. */
export interface RenderedBody {
  html: string;
  metadata: { headings: MarkdownHeading[] };
}

/**
 * The pipeline for a body with raw HTML: rehype-raw parses the HTML (parse5) into the tree so
 * the sanitiser sees real elements. A body without raw HTML skips that pass, which re-parses
 * the whole tree and costs more than the rest of the pipeline together; the output is the same.
 * The plugins after the sanitiser are the site's one pipeline (`site-pipeline.ts`).
 */
function pipeline(rawHtml: boolean) {
  const processor = unified().use(remarkRehype, {
    ...REMARK_REHYPE_OPTIONS,
    allowDangerousHtml: true,
  });
  if (rawHtml) processor.use(rehypeRaw);
  return processor
    .use(rehypeSanitize, SANITIZE_SCHEMA)
    .use(afterSanitiser([rehypeHeadingIds]))
    .use(rehypeStringify);
}

const withRawHtml = pipeline(true);
const withoutRawHtml = pipeline(false);

function hasRawHtml(node: Root | RootContent): boolean {
  return node.type === 'html' || ('children' in node && node.children.some(hasRawHtml));
}

/**
 * Renders the Markdown tree `@handbook/content` already parsed (no second parse, and the tree is
 * left as it was) to safe HTML: the front matter node is dropped, links to other content files
 * become links to their pages, raw HTML goes through the sanitiser's allow-list, headings get
 * ids, tables scroll.
 * Input: the tree, the repository-relative path of its file and its URL. Output: HTML and headings.
 */
export async function renderEntry(tree: Root, file: string, fileURL: URL): Promise<RenderedBody> {
  const body: Root = {
    type: 'root',
    children: tree.children.filter((node) => node.type !== 'yaml'),
  };
  const vfile = new VFile({ path: fileURL, data: { astro: { frontmatter: {} } } });
  const toHtml = hasRawHtml(body) ? withRawHtml : withoutRawHtml;
  const hast = await toHtml.run(body, vfile);
  rehypeEntryLinks({ file })(hast);
  const astroData = vfile.data.astro as { headings?: MarkdownHeading[] } | undefined;
  return { html: toHtml.stringify(hast, vfile), metadata: { headings: astroData?.headings ?? [] } };
}
