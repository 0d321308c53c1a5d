import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

const encoder = new TextEncoder();

/** `input/invalid-utf8`: bytes that are not UTF-8 (a file saved as Latin-1), reported at the first one. */
export const invalidUtf8 = rule<{ offset: number }>()({
  id: 'input/invalid-utf8',
  severity: 'warning',
  summary: 'A content file should be UTF-8; other encodings show as replacement characters.',
  message: ({ offset }) => `The file is not valid UTF-8 from byte ${offset}; the bad bytes show as �.`,
  fix: () => 'Save the file as UTF-8 in your editor.',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ for the café queue')) },
    notOk: { 'adr/0002-adopt-bullmq.md': new Uint8Array([...encoder.encode(adrFile(adrFields('Adopt BullMQ for the caf'))), 0xe9, 0x0a]) },
  },
});
