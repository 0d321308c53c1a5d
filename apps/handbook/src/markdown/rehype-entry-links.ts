import { entryLinkTarget, hrefFor } from '@handbook/schema';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The page of the content entry a link points at, or `undefined` when the link is not to an
 * entry. Input: the link's URL and the repository-relative path of the file that holds it
 * (`adr/0008-x.md`). `0005-y.md` from an ADR gives `/adr/0005-y/`;
 * `../incidents/2026-11-02-z.md#impact` gives `/incidents/2026-11-02-z/#impact`.
 */
export function entryHref(url: string, fromFile: string): string | undefined {
  const target = entryLinkTarget(url, fromFile);
  return target?.id === undefined || url.startsWith('/')
    ? undefined
    : `${hrefFor(target.type, target.id)}${target.fragment}`;
}

/**
 * Rewrites links between content files from their repository form (`0005-adopt-x.md`, which
 * works when reading the files on GitHub) to the page the site publishes (`/adr/0005-adopt-x/`),
 * keeping any `#fragment`. Every other link is left alone. Works on the HTML tree, which the
 * renderer builds afresh, so the Markdown tree the checks and backlinks read keeps the links as
 * written. Option: the repository-relative path of the file being rendered, which relative
 * links are resolved against.
 */
export function rehypeEntryLinks({ file }: { file: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (element: Element) => {
      const href = element.tagName === 'a' ? element.properties.href : undefined;
      if (typeof href === 'string') element.properties.href = entryHref(href, file) ?? href;
    });
  };
}
