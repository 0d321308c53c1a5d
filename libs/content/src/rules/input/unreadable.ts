import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `input/unreadable`: a content path that is not a regular file inside the repository. */
export const unreadable = rule<{ reason: string }>()({
  id: 'input/unreadable',
  severity: 'error',
  summary: 'A content file must be a regular file inside the repository: no pipe, device, dangling link or link leading outside.',
  message: ({ reason }) => `The file was not read: ${reason}.`,
  fix: () => 'Replace it with a regular file inside the repository.',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ')) },
    notOk: { 'adr/0002-adopt-bullmq.md': { symlinkTo: '/etc/hostname' } },
  },
});
