import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `reference/supersession-mismatch`: supersedes and superseded-by not stated on both ends. */
export const supersessionMismatch = rule<{ field: string; self: string; other: string; otherField: string; otherFile: string }>()({
  id: 'reference/supersession-mismatch',
  severity: 'error',
  summary: 'Supersession is stated on both ends: the new ADR supersedes the old, and the old is superseded-by the new.',
  message: ({ field, other, otherField, self }) => `${field} names ${other}, but ${other}'s ${otherField} does not name ${self}.`,
  fix: ({ self, otherField, otherFile }) => `Add ${self} to ${otherField} in ${otherFile}, or remove this reference. \`handbook new adr --supersedes N\` writes both ends.`,
  examples: {
    ok: {
      'adr/0001-run-on-kubernetes.md': adrFile(adrFields('Run on Kubernetes').replace('status: accepted', 'status: superseded') + 'superseded-by: 0002-adopt-nomad\n'),
      'adr/0002-adopt-nomad.md': adrFile(adrFields('Adopt Nomad', 'supersedes:\n  - 0001-run-on-kubernetes\n')),
    },
    notOk: { 'adr/0002-adopt-nomad.md': adrFile(adrFields('Adopt Nomad', 'supersedes:\n  - 0001-run-on-kubernetes\n')) },
  },
});
