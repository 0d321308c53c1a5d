import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

const RELATIVE_ADR_LINK = /^(?:\.\/|\.\.\/adr\/)?(\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*)\.md(#.*)?$/;

/**
 * Rewrites links between ADRs from their repository form (`0005-adopt-x.md`, which works when
 * reading the files on GitHub) to the page the site publishes (`/adr/0005-adopt-x/`), keeping
 * any `#fragment`. Every other link is left alone.
 */
export function remarkAdrLinks() {
  return (tree: Root) => {
    visit(tree, 'link', (link: Link) => {
      const match = RELATIVE_ADR_LINK.exec(link.url);
      if (match !== null) link.url = `/adr/${match[1]}/${match[2] ?? ''}`;
    });
  };
}
