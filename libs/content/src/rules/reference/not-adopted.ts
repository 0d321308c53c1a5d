import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** A handbook page adopted by `adoptedBy` (front matter and a line of body). */
const adoptedPage = (adoptedBy: string) =>
  `---\ntitle: Queues\ndescription: How the queue workers run.\nowner: charles\nlast-reviewed: 2026-11-16\nadopted-by: ${adoptedBy}\n---\n\n# Queues\n\nEvery worker retries three times.\n`;

/**
 * `reference/not-adopted`: a page that says an ADR adopted it names an ADR that is not accepted,
 * so it presents a proposal (or a rejected or superseded decision) as this organisation's practice.
 */
export const notAdopted = rule<{ field: string; id: string; status: string; file: string }>()({
  id: 'reference/not-adopted',
  severity: 'error',
  summary: 'A page presented as practice names an accepted ADR: a proposal is not yet practice.',
  message: ({ field, id, status }) => `${field} names ${id}, which is ${status}, not accepted: the page presents a decision not taken as practice.`,
  fix: ({ file }) => `Remove adopted-by and write proposed-from (where the guidance comes from) until ${file} is accepted, or name the accepted ADR that adopted the page.`,
  examples: {
    ok: { 'content/handbook/queues.md': adoptedPage('0001-run-on-kubernetes') },
    notOk: {
      'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ').replace('status: accepted', 'status: proposed')),
      'content/handbook/queues.md': adoptedPage('0002-adopt-bullmq'),
    },
  },
});
