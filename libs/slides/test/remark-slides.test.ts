import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { countSlides, remarkSlides } from '../src/index.ts';

const parse = (text: string) => unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text);

function slidesOf(text: string, path = 'content/decks/talk.mdx') {
  const tree = parse(text);
  remarkSlides()(tree, { path });
  return tree;
}

const DECK = '---\ntitle: Talk\n---\n\n# One\n\nText.\n\n---\n\n## Two\n\n---\n\n---\n\n## Three\n';

describe('remarkSlides', () => {
  it('splits a deck at thematic breaks into numbered slide sections, front matter outside, empty slides dropped', () => {
    const tree = slidesOf(DECK);
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'slide', 'slide', 'slide']);
    const slides = tree.children.slice(1) as unknown as { data: { hName: string; hProperties: Record<string, unknown> }; children: Root['children'] }[];
    expect(slides.map((slide) => slide.data.hProperties.id)).toEqual(['slide-1', 'slide-2', 'slide-3']);
    expect(slides.every((slide) => slide.data.hName === 'section')).toBe(true);
    expect(slides[0]?.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
  });

  it('leaves MDX outside content/decks alone, so a handbook page keeps its horizontal rules', () => {
    const tree = slidesOf(DECK, 'content/handbook/page.mdx');
    expect(tree.children.filter((node) => node.type === 'thematicBreak')).toHaveLength(3);
  });

  it('counts the slides the plugin makes', () => {
    expect(countSlides(parse(DECK))).toBe(3);
    expect(countSlides(parse('# Only\n'))).toBe(1);
  });
});
