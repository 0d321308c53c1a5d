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

/**
 * Collects the MDX nodes of a tree (ESM statements, expressions, JSX elements at any depth) in
 * one walk. A plain Markdown tree has none. Input: the mdast `remark-mdx` produced.
 */
export function mdxNodes(tree: Root): MdxNodes {
  const found: MdxNodes = { esm: [], expressions: [], elements: [] };
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
