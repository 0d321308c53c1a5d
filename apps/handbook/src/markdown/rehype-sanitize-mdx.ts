import { randomUUID } from 'node:crypto';
import { isHtmlName, isRawAttribute, readLiteral, SANITIZE_SCHEMA } from '@handbook/content';
import { CONTENT_TYPES, isMdxComponent, type MdxTypeName } from '@handbook/schema';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { h } from 'hastscript';
import type {
  MdxJsxAttribute,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
} from 'mdast-util-mdx-jsx';

type MdxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type Node = RootContent | ElementContent;

/** The element a trusted component stands in as while the sanitiser reads its authored children. */
const PLACEHOLDER = 'handbook-component';

/** The sanitiser's allow-list plus the placeholder, which carries the key of the component it stands for. */
const SCHEMA: Schema = {
  ...SANITIZE_SCHEMA,
  tagNames: [...(SANITIZE_SCHEMA.tagNames ?? []), PLACEHOLDER],
  attributes: { ...SANITIZE_SCHEMA.attributes, [PLACEHOLDER]: ['dataHandbookComponent'] },
};

/** The MDX content type of a file by its path: decks in the deck folder, handbook pages otherwise. */
const typeOf = (path: string): MdxTypeName =>
  path.split('\\').join('/').includes(`${CONTENT_TYPES.deck.folder}/`) ? 'deck' : 'page';

/** An attribute's value as data, or `undefined` when it is code. */
function attributeValue(attribute: MdxJsxAttribute): string | number | boolean | undefined {
  const { value } = attribute;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const literal = readLiteral(value.data?.estree);
  const data = literal?.value;
  return typeof data === 'string' || typeof data === 'number' || typeof data === 'boolean'
    ? data
    : undefined;
}

/** A component node kept with only the props that are data (literal values, no directives, no spreads). */
function trustedComponent(element: MdxElement): MdxElement {
  const attributes = element.attributes.filter(
    (attribute) =>
      attribute.type === 'mdxJsxAttribute' &&
      !isRawAttribute(attribute.name) &&
      (typeof attribute.value !== 'object' ||
        attribute.value === null ||
        readLiteral(attribute.value.data?.estree) !== undefined),
  );
  return { ...element, attributes, children: [] };
}

/**
 * Sanitises the HTML tree of an MDX body with the same allow-list as Markdown bodies
 * (`SANITIZE_SCHEMA`), trusting only the handbook's own components:
 * - ESM (`import`, `export`) is dropped, so no module an author names is ever loaded; the page
 *   supplies every component by name;
 * - an expression stays only as the text of its literal value; code is dropped;
 * - an offered component stays, with its literal props, while the author's content inside it is
 *   sanitised; any other component, or a name made of parts, is dropped with its content;
 * - an HTML element an author wrote becomes a plain element that the sanitiser reads like raw
 *   HTML in Markdown: unknown elements and attributes removed, `id` and `name` prefixed, only
 *   safe URLs, no `data-pagefind-*`, no event handlers.
 * `handbook lint` and the build fail on each of these first (`safety/mdx-*`); this is the second
 * wall, so that what reaches a reader is sanitised even where a check is missed. Runs first among
 * the MDX rehype plugins.
 */
export function rehypeSanitizeMdx() {
  return (tree: Root, file: { path?: string }) => {
    const type = typeOf(file.path ?? '');
    const nonce = randomUUID();
    const trusted: MdxElement[] = [];

    const prepare = (nodes: readonly Node[]): ElementContent[] =>
      nodes.flatMap((node): ElementContent[] => {
        switch (node.type) {
          case 'mdxjsEsm':
            return [];
          case 'mdxFlowExpression':
          case 'mdxTextExpression': {
            const value = readLiteral(node.data?.estree)?.value;
            return typeof value === 'string' ||
              typeof value === 'number' ||
              typeof value === 'boolean'
              ? [{ type: 'text', value: String(value) }]
              : [];
          }
          case 'mdxJsxFlowElement':
          case 'mdxJsxTextElement':
            return prepareElement(node);
          case 'element':
            return [{ ...node, children: prepare(node.children) }];
          default:
            return [node as ElementContent];
        }
      });

    const prepareElement = (element: MdxElement): ElementContent[] => {
      const children = prepare(element.children);
      if (element.name === null) return children;
      if (isMdxComponent(element.name, type)) {
        trusted.push(trustedComponent(element));
        return [
          {
            type: 'element',
            tagName: PLACEHOLDER,
            properties: { dataHandbookComponent: `${nonce}:${trusted.length - 1}` },
            children,
          },
        ];
      }
      if (!isHtmlName(element.name) || element.name === PLACEHOLDER) return [];
      const properties: Properties = {};
      for (const attribute of element.attributes) {
        const value = attribute.type === 'mdxJsxAttribute' ? attributeValue(attribute) : undefined;
        if (attribute.type === 'mdxJsxAttribute' && value !== undefined)
          properties[attribute.name] = value;
      }
      return [h(element.name, properties, children)];
    };

    const restore = (nodes: readonly ElementContent[]): ElementContent[] =>
      nodes.map((node) => {
        if (node.type !== 'element') return node;
        const key =
          node.tagName === PLACEHOLDER ? String(node.properties.dataHandbookComponent ?? '') : '';
        const component = key.startsWith(`${nonce}:`)
          ? trusted[Number(key.slice(nonce.length + 1))]
          : undefined;
        if (component !== undefined)
          return { ...component, children: restore(node.children) } as unknown as ElementContent;
        return { ...node, children: restore(node.children) } satisfies Element;
      });

    const clean = sanitize({ type: 'root', children: prepare(tree.children) }, SCHEMA) as Root;
    tree.children = restore(clean.children as ElementContent[]);
  };
}
