import { entryLinkTarget, parseId } from '@handbook/schema';
import type { Diagnostic } from '../../diagnostic.ts';
import type { FileContext } from '../context.ts';
import { adrBodyWith, secondAdr } from '../examples.ts';
import { report, rule } from '../rule.ts';
import { urlNodes } from '../safety/markdown-nodes.ts';

/** `reference/link-text-number`: a link whose text names one ADR number and whose target is another. */
export const linkTextNumber = rule<{ written: string; meant: string; url: string }>()({
  id: 'reference/link-text-number',
  severity: 'error',
  summary: 'A link whose text names an ADR by number ("ADR 0005") leads to the ADR with that number, so a renumbering cannot leave the text naming another decision.',
  message: ({ written, meant, url }) => `The link's text says ${written} but the link leads to ${meant} (${url}).`,
  fix: ({ written, meant }) => `Write ${meant} in the link's text instead of ${written}, or link to the record ${written} names.`,
  examples: {
    ok: secondAdr('', adrBodyWith('This builds on [ADR 0001](0001-run-on-kubernetes.md).')),
    notOk: secondAdr('', adrBodyWith('This builds on [ADR 0003](0001-run-on-kubernetes.md).')),
  },
});

/** "ADR 0005", "ADR-5", "adr 12" in a link's text: the prefix with its separator, and the digits. */
const ADR_NUMBER = /\b(ADR[ -]?)(\d{1,4})\b/i;

/**
 * The ADR number a link's text names (`ADR 0005`, `ADR-5`, `adr 12`) when it is not `number`,
 * and that text rewritten to `number`, padded to four digits when the author padded. Input: the
 * link's text and its target's number. Output: both texts, or `undefined` when they agree.
 */
export function relabelAdrNumber(text: string, number: number): { written: string; meant: string } | undefined {
  const match = ADR_NUMBER.exec(text);
  if (match === null) return undefined;
  const [written, prefix = '', digits = ''] = match;
  if (Number(digits) === number) return undefined;
  return { written, meant: `${prefix}${String(number).padStart(digits.length >= 4 ? 4 : 1, '0')}` };
}

/**
 * Reports every link of a body to an ADR (`isAdr(id)` says the id is one) whose text names an
 * ADR number other than the target's, with the text rewritten to the target's number (padded as
 * the author wrote it) as a certain fix. Input: the file and its tree. Output: diagnostics.
 */
export function checkLinkTextNumbers({ file, tree }: Pick<FileContext, 'file' | 'tree'>, isAdr: (id: string) => boolean): Diagnostic[] {
  if (tree === undefined) return [];
  return urlNodes(tree).flatMap(({ url, start, kind, text }) => {
    const target = kind === 'link' ? entryLinkTarget(url, file) : undefined;
    if (target?.type !== 'adr' || target.id === undefined || !isAdr(target.id)) return [];
    const number = parseId('numbered', target.id)?.number;
    const relabelled = number === undefined ? undefined : relabelAdrNumber(text, number);
    if (relabelled === undefined) return [];
    const { written, meant } = relabelled;
    return [{ ...report(linkTextNumber, { file, ...start }, { written, meant, url }), replacements: [{ ...start, old: written, new: meant }] }];
  });
}
