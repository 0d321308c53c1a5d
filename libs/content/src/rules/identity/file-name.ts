import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `identity/file-name`: a file of a type's extension whose name breaks the type's convention. */
export const fileName = rule<{ name: string; convention: string }>()({
  id: 'identity/file-name',
  severity: 'error',
  summary: "A file's name is its id: it must follow its type's convention (NNNN-kebab-title.md for ADRs).",
  message: ({ name, convention }) => `The file name "${name}" does not follow the convention ${convention}.`,
  fix: ({ convention }) => `Rename the file to ${convention}, lower case, words joined by hyphens.`,
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ')) },
    notOk: { 'adr/0002_Adopt_BullMQ.md': adrFile(adrFields('Adopt BullMQ')) },
  },
});
