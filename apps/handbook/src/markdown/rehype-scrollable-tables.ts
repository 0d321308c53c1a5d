import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const HEADING = /^h[1-6]$/;

/** The text of the last heading before `index` among `siblings`, to name the region after it. */
function precedingHeading(siblings: readonly RootContent[], index: number): string | undefined {
  for (let position = index - 1; position >= 0; position -= 1) {
    const sibling = siblings[position];
    if (sibling?.type === 'element' && HEADING.test(sibling.tagName)) return toString(sibling);
  }
  return undefined;
}

/**
 * Wraps every Markdown table in a focusable region that scrolls sideways, labelled with the
 * heading above it ("Options Considered"), so a wide table neither widens the page on a phone
 * nor traps keyboard users (axe rule `scrollable-region-focusable`).
 */
export function rehypeScrollableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || parent === undefined || index === undefined) return;
      if (parent.type === 'element' && parent.properties.dataTableScroll !== undefined) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['table-scroll'],
          tabIndex: 0,
          role: 'region',
          ariaLabel: precedingHeading(parent.children, index) ?? 'Table',
          dataTableScroll: '',
        },
        children: [node],
      };
    });
  };
}
