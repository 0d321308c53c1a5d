import type { Element, Root as HtmlRoot } from 'hast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { countSlides, rehypeSlides } from '../src/index.ts';

const parse = (text: string) =>
  unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text);

async function slidesOf(text: string, path = 'content/decks/talk.mdx'): Promise<HtmlRoot> {
  const tree = (await unified().use(remarkRehype).run(parse(text))) as HtmlRoot;
  rehypeSlides()(tree, { path });
  return tree;
}

const DECK = '---\ntitle: Talk\n---\n\n# One\n\nText.\n\n---\n\n## Two\n\n---\n\n---\n\n## Three\n';
const elements = (nodes: HtmlRoot['children']) =>
  nodes.filter((node): node is Element => node.type === 'element');
/** What a slide shows: the elements of its one canvas, `div.slide-body`. */
const contentOf = (slide: Element | undefined) => {
  const [body] = elements(slide?.children ?? []);
  expect(body?.properties.className).toEqual(['slide-body']);
  return elements(body?.children ?? []);
};

describe('rehypeSlides', () => {
  it('splits a deck at horizontal rules into numbered slide sections, empty slides dropped', async () => {
    const tree = await slidesOf(DECK);
    const slides = elements(tree.children);
    expect(
      slides.map((slide) => [slide.tagName, slide.properties.id, slide.properties.dataSlide]),
    ).toEqual([
      ['section', 'slide-1', '1'],
      ['section', 'slide-2', '2'],
      ['section', 'slide-3', '3'],
    ]);
    expect(contentOf(slides[0]).map((node) => node.tagName)).toEqual(['h1', 'p']);
  });

  it('gives the first slide the title layout, and a heading, a paragraph, a quote or an image alone its own', async () => {
    const tree = await slidesOf(
      `${DECK}\n---\n\n## Four\n\nText.\n\n---\n\nOne sentence.\n\n---\n\n> Said once.\n\n---\n\n![The map](/map.png)\n\nThe migration map.\n`,
    );
    expect(elements(tree.children).map((slide) => slide.properties.dataLayout)).toEqual([
      'title',
      'section',
      'section',
      'content',
      'statement',
      'quote',
      'image',
    ]);
  });

  it('keeps a heading named "Slide 2" from taking the id of slide 2', async () => {
    const tree = await slidesOf('# One\n\n---\n\n## Slide 2\n\n---\n\n## Slide 3!\n');
    const [, second, third] = elements(tree.children);
    expect(second?.properties.id).toBe('slide-2');
    expect(contentOf(second)[0]?.properties.id).toBe('slide-2-heading');
    expect(contentOf(third)[0]?.properties.id).toBe('slide-3-heading');
  });

  it('leaves MDX outside content/decks alone, so a handbook page keeps its horizontal rules', async () => {
    const tree = await slidesOf(DECK, 'content/handbook/page.mdx');
    expect(elements(tree.children).filter((node) => node.tagName === 'hr')).toHaveLength(3);
  });

  it('counts the slides the plugin makes', async () => {
    expect(countSlides(parse(DECK))).toBe(3);
    expect(countSlides(parse('# Only\n'))).toBe(1);
    expect(elements((await slidesOf('# Only\n')).children)).toHaveLength(1);
  });
});
