import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `identity/unexpected-file`: something in a content folder that is not one of its entries (MDX where Markdown is expected, a subfolder, a dated name). */
export const unexpectedFile = rule<{ name: string; folder: string; plural: string; accepted: string }>()({
  id: 'identity/unexpected-file',
  severity: 'error',
  summary: 'A content folder holds only its entries: no MDX where plain Markdown is expected, no stray files or subfolders.',
  message: ({ name, folder, plural, accepted }) => `"${name}" in ${folder}/ is not one of the ${plural}, which are ${accepted}; it is not published.`,
  fix: ({ folder }) => `Move it out of ${folder}/, or convert it to the accepted format.`,
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ')) },
    notOk: { 'adr/0002-adopt-bullmq.mdx': adrFile(adrFields('Adopt BullMQ')) },
  },
});
