import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../../diagnostic.ts';
import type { FileContext } from '../context.ts';
import { adrBodyWith, adrFields, adrFile } from '../examples.ts';
import { report, rule } from '../rule.ts';

/**
 * `identity/title-heading`: a level-1 heading in the body that says something other than the
 * title. A warning: the site names the entry by its title either way, and MADR's own template
 * gives the two different texts on purpose.
 */
export const titleHeading = rule<{ heading: string; title: string }>()({
  id: 'identity/title-heading',
  severity: 'warning',
  summary:
    'When the body has a level-1 heading, it agrees with the title in the front matter, so lists and the page name the entry alike; without a title in the front matter, the heading is the title (as in MADR).',
  message: ({ heading, title }) => `The heading "${heading}" differs from the title "${title}".`,
  fix: () => 'Make the two agree, or remove the heading: the site shows the title as the page heading.',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), `# Adopt BullMQ\n\n${adrBodyWith('')}`) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ'), `# Adopt Kafka\n\n${adrBodyWith('')}`) },
  },
});

const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Reports the first level-1 heading of a Markdown body when its text differs from the front matter's `title`. */
export function checkTitleHeading({ file, yaml, tree }: FileContext): Diagnostic[] {
  const title = (yaml?.data as Record<string, unknown> | null | undefined)?.title;
  const heading = tree?.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  if (typeof title !== 'string' || heading?.position === undefined) return [];
  const text = toString(heading);
  if (normalised(text) === normalised(title)) return [];
  return [report(titleHeading, { file, line: heading.position.start.line, column: heading.position.start.column }, { heading: normalised(text), title: normalised(title) })];
}
