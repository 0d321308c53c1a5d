import path from 'node:path';
import { parseMarkdownFile, relabelAdrNumber } from '@handbook/content';
import { parseId } from '@handbook/schema';
import type { Definition, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** How one link of an imported body was changed, for the report. */
export interface LinkChange {
  /** The URL as written. */
  url: string;
  /** What became of it: pointed at the record's new name, or kept as text because it would not resolve. */
  outcome: 'retargeted' | 'kept-as-text';
  /** Why, in words a reader of the report understands. */
  reason: string;
}

/** A link change as the import report states it. */
export function describeLinkChange(change: LinkChange): string {
  return change.outcome === 'retargeted'
    ? `link ${change.url} ${change.reason}`
    : `link ${change.url} kept as text: ${change.reason}`;
}

/** A scheme (`https:`), a protocol-relative `//host` or a bare `#fragment`: left as written. */
const LEFT_ALONE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

interface Splice {
  start: number;
  end: number;
  text: string;
}

function decoded(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * Where a relative URL written in `fromFile` leads, as a path below the imported folder
 * (query and fragment removed, `%20` decoded), with its `#fragment`; `outside` when it climbs
 * out of the folder or starts at the root of a site.
 */
export function resolveInFolder(
  url: string,
  fromFile: string,
): { target: string; fragment: string } | 'outside' {
  const [beforeFragment = '', fragment = ''] = url.split(/(?=#)/, 2);
  const bare = decoded(beforeFragment.split('?')[0] ?? '');
  if (bare.startsWith('/')) return 'outside';
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), bare));
  return target.startsWith('../') || target === '..' ? 'outside' : { target, fragment };
}

/** Visits `node` and, unless `visit` says it replaced the node (`'replaced'`), its children. */
function walk(node: Nodes, visit: (node: Nodes) => 'replaced' | undefined): void {
  if (visit(node) === 'replaced') return;
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** The Markdown source of a node's children (a link's text), or '' when it has none. */
function innerSource(text: string, node: Nodes): string {
  const children = 'children' in node ? node.children : [];
  const [first, last] = [children[0], children.at(-1)];
  if (first?.position?.start.offset === undefined || last?.position?.end.offset === undefined)
    return '';
  return text.slice(first.position.start.offset, last.position.end.offset);
}

/** `` `url` `` as inline code, with enough backticks that the URL cannot end it. */
const code = (url: string) => (url.includes('`') ? `\`\` ${url} \`\`` : `\`${url}\``);

/**
 * Rewrites the links of an imported record's body for its new home. Input: the body (Markdown
 * without front matter), the record's path below the imported folder, and `renamed`, which gives
 * the new file name of a record by its path below that folder (matched without regard to case,
 * and with `.md` added to links that lack it). Output: the body, and one {@link LinkChange} per
 * link that changed. A link to another imported record points at its new name (fragment kept),
 * its "ADR NNNN" text renumbered with it;
 * a link or image that would not resolve on the site (it leaves the folder, names a file that is
 * not an imported record, or a missing one) becomes its text followed by the original target as
 * code, so that nothing is lost and nothing 404s. Links to web pages and `#fragments` stay.
 */
export function rewriteLinks(
  body: string,
  fromFile: string,
  renamed: (file: string) => string | undefined,
): { body: string; changes: LinkChange[] } {
  const tree: Root = parseMarkdownFile(body).tree;
  const definitions = new Map<string, Definition>();
  walk(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
    return undefined;
  });
  const splices: Splice[] = [];
  const changes: LinkChange[] = [];
  const newTarget = (url: string): { url: string } | { reason: string } | undefined => {
    if (LEFT_ALONE.test(url) || url === '') return undefined;
    const resolved = resolveInFolder(url, fromFile);
    if (resolved === 'outside') return { reason: 'it leads out of the imported folder' };
    const name = renamed(resolved.target) ?? renamed(`${resolved.target}.md`);
    if (name !== undefined) return { url: `${name}${resolved.fragment}` };
    return { reason: `${resolved.target} is not an imported record` };
  };
  const asText = (
    node: Nodes,
    url: string,
    reason: string,
    isImage: boolean,
  ): 'replaced' | undefined => {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return undefined;
    const label = isImage
      ? `image ${'alt' in node && node.alt ? `“${node.alt}”` : ''}`.trim()
      : innerSource(body, node) || toString(node);
    splices.push({
      start: start.offset,
      end: end.offset,
      text: label === '' || label === url ? code(url) : `${label} (${code(url)})`,
    });
    changes.push({
      url,
      outcome: 'kept-as-text',
      reason: isImage ? `image not carried over: ${reason}` : reason,
    });
    return 'replaced';
  };
  walk(tree, (node) => {
    if (node.type === 'link' || node.type === 'image') {
      const target = newTarget(node.url);
      if (target === undefined) return undefined;
      if ('reason' in target || node.type === 'image')
        return asText(
          node,
          node.url,
          'reason' in target ? target.reason : 'images are not imported',
          node.type === 'image',
        );
      const { start, end } = node.position ?? {};
      if (target.url === node.url || start?.offset === undefined || end?.offset === undefined)
        return undefined;
      const text = innerSource(body, node);
      const number = parseId('numbered', target.url.replace(/\.md(?:#.*)?$/, ''))?.number;
      const relabelled = number === undefined ? undefined : relabelAdrNumber(text, number);
      splices.push({
        start: start.offset,
        end: end.offset,
        text: `[${relabelled === undefined ? text : text.replace(relabelled.written, relabelled.meant)}](${target.url})`,
      });
      changes.push({ url: node.url, outcome: 'retargeted', reason: `now ${target.url}` });
      return 'replaced';
    }
    if (node.type === 'linkReference' || node.type === 'imageReference') {
      const definition = definitions.get(node.identifier);
      const target = definition === undefined ? undefined : newTarget(definition.url);
      if (
        definition === undefined ||
        target === undefined ||
        !('reason' in target || node.type === 'imageReference')
      )
        return undefined;
      return asText(
        node,
        definition.url,
        'reason' in target ? target.reason : 'images are not imported',
        node.type === 'imageReference',
      );
    }
    if (node.type === 'definition') {
      const target = newTarget(node.url);
      const { start, end } = node.position ?? {};
      if (
        target === undefined ||
        ('url' in target && target.url === node.url) ||
        start?.offset === undefined ||
        end?.offset === undefined
      )
        return undefined;
      splices.push({
        start: start.offset,
        end: end.offset,
        text: 'url' in target ? `[${node.label ?? node.identifier}]: ${target.url}` : '',
      });
    }
    return undefined;
  });
  let rewritten = body;
  for (const splice of splices.sort((a, b) => b.start - a.start)) {
    rewritten = `${rewritten.slice(0, splice.start)}${splice.text}${rewritten.slice(splice.end)}`;
  }
  return { body: rewritten, changes };
}
