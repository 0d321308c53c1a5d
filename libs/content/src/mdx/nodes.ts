import type { Root, RootContent } from 'mdast';
import type { MdxFlowExpression, MdxjsEsm, MdxJsxFlowElement, MdxJsxTextElement, MdxTextExpression } from 'mdast-util-mdx';

/** A JSX element of an MDX body: `<Callout>` or `<div>`. */
type MdxElement = MdxJsxFlowElement | MdxJsxTextElement;
/** An expression of an MDX body: `{…}` on its own line or inside text. */
type MdxExpression = MdxFlowExpression | MdxTextExpression;

/** The MDX constructs of one tree, in document order. */
export interface MdxNodes {
  esm: MdxjsEsm[];
  expressions: MdxExpression[];
  elements: MdxElement[];
}

/** The MDX nodes of each tree already walked: five rules and the start tags read them from one walk. */
const collected = new WeakMap<Root, MdxNodes>();

/**
 * Collects the MDX nodes of a tree (ESM statements, expressions, JSX elements at any depth) in
 * one walk, done once per tree however many rules ask (trees are never changed after parsing).
 * A plain Markdown tree has none. Input: the mdast `remark-mdx` produced. Output: shared lists,
 * not to be changed.
 */
export function mdxNodes(tree: Root): MdxNodes {
  const known = collected.get(tree);
  if (known !== undefined) return known;
  const found: MdxNodes = { esm: [], expressions: [], elements: [] };
  collected.set(tree, found);
  const stack: RootContent[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as RootContent;
    if (node.type === 'mdxjsEsm') found.esm.push(node);
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') found.expressions.push(node);
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.elements.push(node);
    if ('children' in node) stack.push(...[...(node.children as RootContent[])].reverse());
  }
  return found;
}

/** Whether an element name is an HTML element (`div`), as JSX reads it: it starts with a lowercase letter and has no `.` or `:`. */
export const isHtmlName = (name: string) => /^[a-z][a-z0-9-]*$/.test(name);

/** Props that hand HTML or script to the renderer as it is: Astro directives (any name with a colon) and the raw-HTML props of JSX libraries. */
export const isRawAttribute = (name: string) =>
  name.includes(':') || /^(?:dangerouslySetInnerHTML|innerHTML|outerHTML|srcdoc)$/i.test(name);
