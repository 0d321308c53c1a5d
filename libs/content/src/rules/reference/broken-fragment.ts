import { CONTENT_TYPES, entryLinkTarget, type ContentTypeName } from '@handbook/schema';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../../diagnostic.ts';
import type { FileContext } from '../context.ts';
import { adrBodyWith, secondAdr } from '../examples.ts';
import { report, rule } from '../rule.ts';
import { urlNodes } from '../safety/markdown-nodes.ts';
import { suggest } from '../../suggest.ts';

/** `reference/broken-fragment`: a link to a heading (`#decision`) that the target does not have. */
export const brokenFragment = rule<{ url: string; fragment: string; target: string; suggestion: string | undefined }>()({
  id: 'reference/broken-fragment',
  severity: 'error',
  summary: 'A link to a heading (#decision), in the same body or another entry, names a heading the target has.',
  message: ({ url, fragment, target }) => `The link ${url} points to the heading #${fragment}, which ${target} does not have.`,
  fix: ({ suggestion }) =>
    suggestion === undefined
      ? 'Link to a heading the target has: its text in lower case, spaces as hyphens, punctuation dropped (as GitHub and the site make them).'
      : `Did you mean #${suggestion}?`,
  examples: {
    ok: secondAdr('', adrBodyWith('The outcome is in [ADR 0001](0001-run-on-kubernetes.md#decision).')),
    notOk: secondAdr('', adrBodyWith('The outcome is in [ADR 0001](0001-run-on-kubernetes.md#decison).')),
  },
});

const idsOfTree = new WeakMap<Root, Set<string>>();

/**
 * The id the site gives each heading of `tree`: its text slugged as GitHub and Astro do
 * (`github-slugger`, repeats numbered `-1`, `-2`), in document order. Input: a Markdown tree.
 * Output: the ids, computed once per tree.
 */
function headingIds(tree: Root): Set<string> {
  const known = idsOfTree.get(tree);
  if (known !== undefined) return known;
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') ids.add(slugger.slug(toString(node)));
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  idsOfTree.set(tree, ids);
  return ids;
}

function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Reports every link of a body to a heading that is not there: `#x` within the body, or
 * `0005-y.md#x` / `/adr/0005-y/#x` to another entry whose tree `treeOf` gives. Links to entries
 * that do not exist or have no tree (data files, unreadable files) are left to other rules.
 */
export function checkBrokenFragments({ file, tree }: Pick<FileContext, 'file' | 'tree'>, treeOf: (type: ContentTypeName, id: string) => Root | undefined): Diagnostic[] {
  if (tree === undefined) return [];
  return urlNodes(tree).flatMap(({ url, start }) => {
    if (!url.includes('#')) return [];
    const local = url.startsWith('#') ? { ids: headingIds(tree), fragment: url.slice(1), target: 'this file' } : undefined;
    const entry = local === undefined ? entryLinkTarget(url, file) : undefined;
    const targetTree = entry?.id === undefined || entry.fragment.length <= 1 ? undefined : treeOf(entry.type, entry.id);
    const linked = local ?? (entry !== undefined && targetTree !== undefined ? { ids: headingIds(targetTree), fragment: entry.fragment.slice(1), target: `${CONTENT_TYPES[entry.type].label} ${entry.id}` } : undefined);
    if (linked === undefined || linked.fragment === '') return [];
    const fragment = decoded(linked.fragment);
    if (linked.ids.has(fragment)) return [];
    return [report(brokenFragment, { file, ...start }, { url, fragment, target: linked.target, suggestion: suggest(fragment, [...linked.ids]) })];
  });
}
