import { entryLinkTarget } from '@handbook/schema';
import type { Diagnostic } from '../../diagnostic.ts';
import type { FileContext } from '../context.ts';
import { adrBodyWith, secondAdr } from '../examples.ts';
import { report, rule } from '../rule.ts';
import { urlNodes } from '../safety/markdown-nodes.ts';

/** A scheme (`https:`), a protocol-relative `//host`, a site path (`/team/`) or a bare `#fragment`: not relative to the file. */
const NOT_RELATIVE = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i;

/**
 * `reference/unpublished-link`: a relative link or image in a body that names no entry (a file
 * outside the content folders, a link without `.md`, an image beside the file). The site
 * publishes entries, not the files around them: the link would lead to a missing page, which
 * fails the build, and the image would show broken, which nothing else reports.
 */
export const unpublishedLink = rule<{ url: string; image: boolean }>()({
  id: 'reference/unpublished-link',
  severity: 'error',
  summary:
    'A relative link or image in a body names another entry (0005-x.md, ../incidents/…md); files around the content (../../docs/setup.md, diagram.png, a link without .md) are not published.',
  message: ({ url, image }) =>
    image
      ? `The image ${url} is a file beside the content, which the site does not publish: readers would see a broken image.`
      : `The link ${url} names no entry, and the site publishes only entries: readers would get a page that does not exist.`,
  fix: ({ image }) =>
    image
      ? 'Give the image a full address (https://…) or describe it in text.'
      : "Link to an entry by its file name with .md (0005-x.md, ../incidents/2026-01-05-x.md), or to the file's full address on your Git host (https://…).",
  examples: {
    ok: secondAdr('', adrBodyWith('See [ADR 0001](0001-run-on-kubernetes.md) and [the repository](https://example.org/docs/setup.md).')),
    notOk: secondAdr('', adrBodyWith('See [the setup](../docs/setup.md) and ![the flow](flow.png).')),
  },
});

/** Reports every relative link or image of a body that is not a link to an entry ({@link unpublishedLink}). */
export function checkUnpublishedLinks({ file, tree }: FileContext): Diagnostic[] {
  if (tree === undefined) return [];
  return urlNodes(tree).flatMap(({ url, start, kind }) => {
    if (url === '' || NOT_RELATIVE.test(url) || (kind !== 'image' && entryLinkTarget(url, file) !== undefined)) return [];
    return [report(unpublishedLink, { file, ...start }, { url, image: kind === 'image' })];
  });
}
