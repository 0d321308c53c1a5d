import { CLOBBER_PREFIX } from '@handbook/content';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** A fragment as its id, percent-escapes decoded where they are well formed. */
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Points `#fragment` links at the ids the sanitiser prefixed: an authored anchor (`<a name="x">`)
 * or a footnote becomes `user-content-x`, so a link `#x` that finds no `x` but a
 * `user-content-x` in the same body is rewritten to it, as GitHub's pages do in the browser. Heading
 * ids are added later, unprefixed, and links to them are left alone. Runs after the sanitiser.
 */
export function rehypeFragmentTargets() {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (element: Element) => {
      for (const key of ['id', 'name'] as const) {
        const value = element.properties[key];
        if (typeof value === 'string') ids.add(value);
      }
    });
    visit(tree, 'element', (element: Element) => {
      const href = element.tagName === 'a' ? element.properties.href : undefined;
      if (typeof href !== 'string' || !href.startsWith('#')) return;
      const target = safeDecode(href.slice(1));
      if (!ids.has(target) && ids.has(`${CLOBBER_PREFIX}${target}`))
        element.properties.href = `#${CLOBBER_PREFIX}${target}`;
    });
  };
}
