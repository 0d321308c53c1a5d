import { CONTENT_TYPES, entryLinkTarget, hrefFor, ID_CONVENTION_TEMPLATES, type ContentTypeName } from '@handbook/schema';
import { onlySuggestion, suggest } from '../../suggest.ts';
import type { Diagnostic } from '../../diagnostic.ts';
import type { FileContext } from '../context.ts';
import { adrBodyWith, secondAdr } from '../examples.ts';
import { report, rule } from '../rule.ts';
import { urlNodes } from '../safety/markdown-nodes.ts';

/** `reference/broken-link`: a body link to an entry that does not exist, which would publish a 404. */
export const brokenLink = rule<{ url: string; label: string; folder: string; convention: string; suggestion: string | undefined }>()({
  id: 'reference/broken-link',
  severity: 'error',
  summary: 'A link from a body to another entry (0005-x.md, ../incidents/…md, /adr/0005-x/) names an existing file.',
  message: ({ url, label, folder }) => `The link ${url} points to no ${label} in ${folder}/, so it would publish a page that does not exist.`,
  fix: ({ label, convention, suggestion }) => (suggestion === undefined ? `Link to an existing ${label} by its file name (${convention}).` : `Did you mean ${suggestion}?`),
  examples: {
    ok: secondAdr('', adrBodyWith('This builds on [ADR 0001](0001-run-on-kubernetes.md).')),
    notOk: secondAdr('', adrBodyWith('This builds on [ADR 0001](0001-run-on-kubernets.md).')),
  },
});

/**
 * The link as it would be written to `meant` (an id of `type`): the same route, or the same
 * relative path with the file name changed (`0001-run-on-kubernets.md#x` → `0001-run-on-kubernetes.md#x`).
 */
function linkTo(url: string, type: ContentTypeName, meant: string, fragment: string): string {
  const name = meant.slice(meant.lastIndexOf('/') + 1);
  return url.startsWith('/') ? `${hrefFor(type, meant)}${fragment}` : url.replace(/[^/#?]+(?=\.mdx?(?:[#?]|$))/i, name);
}

/**
 * Reports every link of a body to an entry that is not in `idsOf` (the ids of every listed file
 * of a type, valid or not), and every link to a file in a content folder whose name breaks its
 * type's convention, suggesting the link to the nearest id when one is close.
 */
export function checkBrokenLinks({ file, tree }: Pick<FileContext, 'file' | 'tree'>, idsOf: (type: ContentTypeName) => ReadonlySet<string>): Diagnostic[] {
  if (tree === undefined) return [];
  return urlNodes(tree).flatMap(({ url, start, kind }) => {
    const target = entryLinkTarget(url, file);
    if (target === undefined) return [];
    const ids = idsOf(target.type);
    if (target.id !== undefined && ids.has(target.id)) return [];
    const type = CONTENT_TYPES[target.type];
    const convention = `${ID_CONVENTION_TEMPLATES[type.convention]}${type.extensions[0]}`;
    const written = target.id ?? (url.split(/[#?]/)[0] ?? '').replace(/^.*\/|\.mdx?$/gi, '');
    // Suggestions are looked for only among links that break: the repository's ids, once per such link.
    const meant = suggest(written, [...ids]);
    const suggestion = meant === undefined ? undefined : linkTo(url, target.type, meant, target.fragment);
    const diagnostic = report(brokenLink, { file, ...start }, { url, label: type.label, folder: type.folder, convention, suggestion });
    if (suggestion === undefined || onlySuggestion(written, [...ids]) === undefined) return [diagnostic];
    // The destination follows the link's text: `](url` in a link or image, `]: url` in a definition.
    const before = kind === 'definition' ? ']: ' : '](';
    return [{ ...diagnostic, replacements: [{ ...start, old: `${before}${url}`, new: `${before}${suggestion}` }] }];
  });
}
