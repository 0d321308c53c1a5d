import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `input/binary`: a file with NUL bytes, which is not text. */
export const binary = rule<Record<string, never>>()({
  id: 'input/binary',
  severity: 'error',
  summary: 'A content file must be text: a file with NUL bytes (an image, an archive) is not read.',
  message: () => 'The file holds NUL bytes: it is binary, not text, and was not read.',
  fix: () => 'Save it as UTF-8 text, or move it out of the content folder.',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ')) },
    notOk: { 'adr/0002-adopt-bullmq.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) },
  },
});
