import path from 'node:path';
import { CONTENT_TYPE_NAMES, CONTENT_TYPES, hrefFor, identifyFile } from '@handbook/schema';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

const RELATIVE_MARKDOWN_LINK = /^(?![a-z][a-z0-9+.-]*:|\/|#)([^?#]+\.mdx?)(#.*)?$/i;

/**
 * The page of the content file a relative link points at, or `undefined` when the link is not
 * to a content file. Input: the link's URL and the repository-relative path of the file that
 * holds it (`adr/0008-x.md`). `0005-y.md` from an ADR gives `/adr/0005-y/`;
 * `../incidents/2026-11-02-z.md#impact` gives `/incidents/2026-11-02-z/#impact`.
 */
export function entryHref(url: string, fromFile: string): string | undefined {
  const match = RELATIVE_MARKDOWN_LINK.exec(url);
  if (match === null) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), decodeURI(match[1] ?? '')));
  for (const name of CONTENT_TYPE_NAMES) {
    const prefix = `${CONTENT_TYPES[name].folder}/`;
    if (!target.startsWith(prefix)) continue;
    const identity = identifyFile(name, target.slice(prefix.length));
    if (identity !== undefined) return `${hrefFor(name, identity.id)}${match[2] ?? ''}`;
  }
  return undefined;
}

/**
 * Rewrites links between content files from their repository form (`0005-adopt-x.md`, which
 * works when reading the files on GitHub) to the page the site publishes (`/adr/0005-adopt-x/`),
 * keeping any `#fragment`. Every other link is left alone. Option: the repository-relative path
 * of the file being rendered, which relative links are resolved against.
 */
export function remarkEntryLinks({ file }: { file: string }) {
  return (tree: Root) => {
    visit(tree, 'link', (link: Link) => {
      link.url = entryHref(link.url, file) ?? link.url;
    });
  };
}
