import { Parser } from 'htmlparser2';
import type { Root } from 'mdast';
import { readLiteral } from '../../mdx/literal.ts';
import { isHtmlName, mdxNodes } from '../../mdx/nodes.ts';
import type { Position } from '../../yaml-source.ts';
import { positionWithin } from '../context.ts';
import { htmlNodes } from './markdown-nodes.ts';

/** An attribute as a browser reads it: lowercase name, character references decoded; `undefined` for an MDX value that is code. */
interface TagAttribute {
  name: string;
  value: string | undefined;
}

/** One HTML start tag an author wrote, in raw HTML of Markdown or as a JSX element of MDX, and where it starts. */
export interface StartTag {
  /** The element's name, lowercase (`iframe`). */
  name: string;
  attributes: TagAttribute[];
  at: Position;
}

/**
 * The start tags of one raw HTML node, read by htmlparser2's tokenizer (a state machine: linear in
 * the node's length whatever it holds, where a regular expression over `<div <a<a<a…` was
 * quadratic). Names lowercase, attribute values decoded as browsers decode them.
 */
function tagsInHtml(value: string, start: Position): StartTag[] {
  const tags: StartTag[] = [];
  let current: StartTag | undefined;
  const parser = new Parser({
    onopentagname(name) {
      current = { name, attributes: [], at: positionWithin(start, value, parser.startIndex) };
      tags.push(current);
    },
    onattribute(name, attributeValue) {
      current?.attributes.push({ name, value: attributeValue });
    },
  });
  parser.end(value);
  return tags;
}

/** The HTML elements (lowercase names) of an MDX tree as start tags: literal attribute values as text. */
function tagsInMdx(tree: Root): StartTag[] {
  return mdxNodes(tree).elements.flatMap((element) => {
    if (element.name === null || !isHtmlName(element.name) || element.position === undefined) return [];
    const attributes = element.attributes.flatMap((attribute): TagAttribute[] => {
      if (attribute.type !== 'mdxJsxAttribute') return [];
      const { value } = attribute;
      if (value === null || value === undefined) return [{ name: attribute.name.toLowerCase(), value: '' }];
      if (typeof value === 'string') return [{ name: attribute.name.toLowerCase(), value }];
      const literal = readLiteral(value.data?.estree);
      return [{ name: attribute.name.toLowerCase(), value: literal === undefined ? undefined : String(literal.value) }];
    });
    return [{ name: element.name, attributes, at: element.position.start }];
  });
}

/** The start tags of each tree already read: four safety rules share one tokenization. */
const tokenized = new WeakMap<Root, StartTag[]>();

/**
 * Every start tag an author wrote in a body: in raw HTML nodes of Markdown, and as HTML elements of
 * MDX. What the safety rules read instead of matching patterns over the text. Linear in the
 * body's length, and done once per tree. Output: a shared list, not to be changed.
 */
export function startTags(tree: Root): StartTag[] {
  const known = tokenized.get(tree);
  if (known !== undefined) return known;
  const tags = [...htmlNodes(tree).flatMap(({ value, start }) => tagsInHtml(value, start)), ...tagsInMdx(tree)];
  tokenized.set(tree, tags);
  return tags;
}
