import { CONTENT_TYPES, entryLinkTarget, ID_CONVENTION_TEMPLATES, type ContentTypeName } from '@handbook/schema';
import type { Diagnostic } from '../../diagnostic.ts';
import type { FileContext } from '../context.ts';
import { adrBodyWith, secondAdr } from '../examples.ts';
import { report, rule } from '../rule.ts';
import { urlNodes } from '../safety/markdown-nodes.ts';

/** `reference/broken-link`: a body link to an entry that does not exist, which would publish a 404. */
export const brokenLink = rule<{ url: string; label: string; folder: string; convention: string }>()({
  id: 'reference/broken-link',
  severity: 'error',
  summary: 'A link from a body to another entry (0005-x.md, ../incidents/…md, /adr/0005-x/) names an existing file.',
  message: ({ url, label, folder }) => `The link ${url} points to no ${label} in ${folder}/, so it would publish a page that does not exist.`,
  fix: ({ label, convention }) => `Link to an existing ${label} by its file name (${convention}).`,
  examples: {
    ok: secondAdr('', adrBodyWith('This builds on [ADR 0001](0001-run-on-kubernetes.md).')),
    notOk: secondAdr('', adrBodyWith('This builds on [ADR 0001](0001-run-on-kubernets.md).')),
  },
});

/**
 * Reports every link of a body to an entry that is not in `exists` (`type:id` keys of every listed
 * file, valid or not), and every link to a file in a content folder whose name breaks its
 * type's convention.
 */
export function checkBrokenLinks({ file, tree }: Pick<FileContext, 'file' | 'tree'>, exists: (type: ContentTypeName, id: string) => boolean): Diagnostic[] {
  if (tree === undefined) return [];
  return urlNodes(tree).flatMap(({ url, start }) => {
    const target = entryLinkTarget(url, file);
    if (target === undefined || (target.id !== undefined && exists(target.type, target.id))) return [];
    const type = CONTENT_TYPES[target.type];
    const convention = `${ID_CONVENTION_TEMPLATES[type.convention]}${type.extensions[0]}`;
    return [report(brokenLink, { file, ...start }, { url, label: type.label, folder: type.folder, convention })];
  });
}
