import type { Element, Root as HtmlRoot, RootContent as HtmlContent } from 'hast';
import type { Root } from 'mdast';
import { CONTENT_TYPES } from '@handbook/schema';
import { slug as githubSlug } from 'github-slugger';

/** Nodes that belong to the file, not to a slide: front matter and MDX import/export statements. */
const FILE_LEVEL = new Set(['yaml', 'mdxjsEsm']);

/** The text of a node of the HTML tree. */
const textOf = (node: HtmlContent | Element): string =>
  node.type === 'text'
    ? node.value
    : 'children' in node
      ? node.children.map((child) => textOf(child as HtmlContent)).join('')
      : '';

/**
 * Gives a heading that would be slugged `slide-N` (`## Slide 3`, `## Slide 3!`) the id
 * `slide-N-heading` before heading ids are assigned, so that it cannot take the id of slide N's
 * section and break its link. Slugged as Astro's heading ids are, by github-slugger.
 */
function keepSlideIdsFree(node: HtmlContent | Element): void {
  if (node.type !== 'element') return;
  if (/^h[1-6]$/.test(node.tagName) && node.properties.id === undefined) {
    const slug = githubSlug(textOf(node));
    if (/^slide-\d+$/.test(slug)) node.properties.id = `${slug}-heading`;
  }
  for (const child of node.children) keepSlideIdsFree(child as HtmlContent);
}

/** Whether a node of the HTML tree shows nothing: white space between blocks. */
const isBlank = (node: HtmlContent) => node.type === 'text' && node.value.trim() === '';

/**
 * The layouts a slide can have: the title slide, a section divider (a heading alone), a
 * statement (one paragraph alone), a quote (one block quote alone), an image (a paragraph
 * holding only an image, then at most one paragraph as its caption), or content.
 */
type SlideLayout = 'title' | 'section' | 'statement' | 'quote' | 'image' | 'content';

/** The layout of a slide holding one element alone, by that element's tag. */
const ALONE: Record<string, SlideLayout> = {
  h1: 'section',
  h2: 'section',
  h3: 'section',
  p: 'statement',
  blockquote: 'quote',
};

/**
 * A slide's layout from what it holds: the first slide is the title slide (as in Marp and
 * Slidev); an image alone, or with one paragraph as its caption, gets the image layout; a slide
 * with one heading, paragraph or block quote alone gets that element's layout ({@link ALONE});
 * any other holds content.
 */
function layoutOf(children: readonly HtmlContent[], index: number): SlideLayout {
  if (index === 0) return 'title';
  const shown = children.filter((node) => !isBlank(node));
  const [only, caption] = shown;
  const isImage =
    only?.type === 'element' &&
    only.tagName === 'p' &&
    only.children.filter((node) => !isBlank(node as HtmlContent)).length === 1 &&
    only.children.some((node) => node.type === 'element' && node.tagName === 'img');
  const isCaption =
    caption === undefined || (caption.type === 'element' && caption.tagName === 'p');
  if (isImage && shown.length <= 2 && isCaption) return 'image';
  return (shown.length === 1 && only?.type === 'element' && ALONE[only.tagName]) || 'content';
}

/**
 * A rehype plugin that turns a deck's body into slides: every horizontal rule at the top level
 * (`---` on its own line in the MDX) ends one slide and starts the next, and each slide becomes
 * `<section class="slide" id="slide-N" data-slide="N">` (N from 1), so that every slide has its
 * own URL (`#slide-3`) and the deck reads as one long page without JavaScript. A slide's
 * content sits in one `div.slide-body`, laid out in the slide's units, and the slide carries its
 * layout (`data-layout`: title, section or content). MDX statements stay
 * outside the slides; empty slides (two rules in a row) are dropped. It runs on the HTML tree
 * after the sanitiser, so that the slide sections it writes are the handbook's, not an author's.
 * Applies only to files whose path contains `options.folder` (default: the deck type's folder
 * in the registry, `content/decks/`).
 */
export function rehypeSlides(options: { folder?: string } = {}) {
  const folder = options.folder ?? `${CONTENT_TYPES.deck.folder}/`;
  return (tree: HtmlRoot, file: { path?: string; history?: string[] }) => {
    const source = file.path ?? file.history?.at(-1) ?? '';
    if (!source.split('\\').join('/').includes(folder)) return;
    const kept: HtmlContent[] = [];
    const slides: HtmlContent[][] = [[]];
    for (const node of tree.children) {
      if (FILE_LEVEL.has(node.type)) kept.push(node);
      else if (node.type === 'element' && node.tagName === 'hr') slides.push([]);
      else slides.at(-1)?.push(node);
    }
    const sections = slides
      .filter((children) => !children.every(isBlank))
      .map((children, index): Element => ({
        type: 'element',
        tagName: 'section',
        properties: {
          className: ['slide'],
          id: `slide-${index + 1}`,
          dataSlide: String(index + 1),
          dataLayout: layoutOf(children, index),
        },
        children: [
          {
            type: 'element',
            tagName: 'div',
            properties: { className: ['slide-body'] },
            children: children as Element['children'],
          },
        ],
      }));
    for (const section of sections) keepSlideIdsFree(section);
    tree.children = [...kept, ...sections];
  };
}

/** How many slides a deck body has, from its Markdown tree: thematic breaks split it, empty slides do not count. */
export function countSlides(tree: Root): number {
  let count = 0;
  let open = false;
  for (const node of tree.children) {
    if (node.type === 'thematicBreak') open = false;
    else if (!FILE_LEVEL.has(node.type) && !open) {
      open = true;
      count += 1;
    }
  }
  return count;
}
