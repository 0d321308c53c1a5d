import type { Root, RootContent } from 'mdast';

/** Nodes that belong to the file, not to a slide: front matter and MDX import/export statements. */
const FILE_LEVEL = new Set(['yaml', 'mdxjsEsm']);

/**
 * A remark plugin that turns a deck's body into slides: every thematic break (`---` on its own
 * line) ends one slide and starts the next, and each slide becomes
 * `<section class="slide" id="slide-N" data-slide="N">` (N from 1), so that every slide has its
 * own URL (`#slide-3`) and the deck reads as one long page without JavaScript. Front matter and
 * MDX statements stay outside the slides; empty slides (two breaks in a row) are dropped.
 * Applies only to files whose path contains `options.folder` (default `content/decks/`).
 */
export function remarkSlides(options: { folder?: string } = {}) {
  const folder = options.folder ?? 'content/decks/';
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const source = file.path ?? file.history?.at(-1) ?? '';
    if (!source.split('\\').join('/').includes(folder)) return;
    const kept: RootContent[] = [];
    const slides: RootContent[][] = [[]];
    for (const node of tree.children) {
      if (FILE_LEVEL.has(node.type)) kept.push(node);
      else if (node.type === 'thematicBreak') slides.push([]);
      else slides.at(-1)?.push(node);
    }
    const sections = slides
      .filter((children) => children.length > 0)
      .map((children, index) => ({
        type: 'slide',
        data: { hName: 'section', hProperties: { className: ['slide'], id: `slide-${index + 1}`, dataSlide: String(index + 1) } },
        children,
      }));
    tree.children = [...kept, ...(sections as unknown as RootContent[])];
  };
}

/** How many slides a deck body has: thematic breaks split it, empty slides do not count. */
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
