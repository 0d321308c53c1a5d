import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from '../../yaml-source.ts';

/** A raw HTML node of a Markdown tree: its source and where it starts. */
export interface HtmlNode {
  value: string;
  start: Position;
}

/** A URL of a Markdown link, image or link definition, and where its node starts. */
export interface UrlNode {
  url: string;
  start: Position;
  /** Which node holds it. */
  kind: 'link' | 'image' | 'definition';
  /** A link's text as a reader sees it (`ADR 0005`); empty for images and definitions. */
  text: string;
}

function walk(tree: Root, visit: (node: RootContent) => void): void {
  const stack: RootContent[] = [...tree.children];
  while (stack.length > 0) {
    const node = stack.pop() as RootContent;
    visit(node);
    if ('children' in node) stack.push(...(node.children as RootContent[]));
  }
}

/** Every raw HTML node of `tree` (blocks and inline), in no particular order. */
export function htmlNodes(tree: Root): HtmlNode[] {
  const found: HtmlNode[] = [];
  walk(tree, (node) => {
    if (node.type === 'html' && node.position !== undefined) found.push({ value: node.value, start: node.position.start });
  });
  return found;
}

const urlsOfTree = new WeakMap<Root, UrlNode[]>();

/**
 * Every URL of a link, image or definition of `tree`, as remark decoded it (entities resolved);
 * found once per tree, however many rules ask.
 */
export function urlNodes(tree: Root): readonly UrlNode[] {
  const known = urlsOfTree.get(tree);
  if (known !== undefined) return known;
  const found: UrlNode[] = [];
  walk(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.position !== undefined) {
      found.push({ url: node.url, start: node.position.start, kind: node.type, text: node.type === 'link' ? toString(node) : '' });
    }
  });
  urlsOfTree.set(tree, found);
  return found;
}

/** Decodes the character references browsers resolve in attributes (`&#106;`, `&#x6A;`, `&colon;`, `&Tab;`). */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')' };
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Math.min(Number(decimal), 0x10ffff)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => named[name.toLowerCase()] ?? entity);
}
