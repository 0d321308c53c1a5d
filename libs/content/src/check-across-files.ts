import type { ContentTypeName } from '@handbook/schema';
import type { Diagnostic } from './diagnostic.ts';
import type { ReadFile } from './read-entry.ts';
import { checkBrokenFragments } from './rules/reference/broken-fragment.ts';
import { checkBrokenLinks } from './rules/reference/broken-link.ts';
import { checkLinkTextNumbers } from './rules/reference/link-text-number.ts';
import { checkSupersessionCycles, type SupersedingFile } from './rules/reference/supersession-cycle.ts';

/**
 * The checks that need every file at once, beyond the reference fields: body links resolve to a
 * listed file (valid or not) and to a heading it has, a link's "ADR NNNN" text names its target, and supersession has no loop. Input: every read file. Output:
 * diagnostics.
 */
export function checkAcrossFiles(files: readonly ReadFile[]): Diagnostic[] {
  const idsByType = new Map<ContentTypeName, Set<string>>();
  for (const file of files) idsByType.set(file.type, (idsByType.get(file.type) ?? new Set()).add(file.id));
  const idsOf = (type: ContentTypeName): ReadonlySet<string> => idsByType.get(type) ?? new Set();
  const trees = new Map(files.map((file) => [`${file.type}:${file.id}`, file.tree]));
  const treeOf = (type: ContentTypeName, id: string) => trees.get(`${type}:${id}`);
  const links = files.flatMap((file) => [
    ...checkBrokenLinks({ file: file.file, tree: file.tree }, idsOf),
    ...checkBrokenFragments({ file: file.file, tree: file.tree }, treeOf),
    ...checkLinkTextNumbers({ file: file.file, tree: file.tree }, (id) => idsOf('adr').has(id)),
  ]);
  const adrs = files.flatMap((file): SupersedingFile[] => (file.type === 'adr' && file.yaml !== undefined ? [{ id: file.id, file: file.file, yaml: file.yaml }] : []));
  return [...links, ...checkSupersessionCycles(adrs)];
}
