import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `identity/duplicate-number`: two files of a numbered type with one number, valid or not. */
export const duplicateNumber = rule<{ label: string; number: number; other: string; file: string }>()({
  id: 'identity/duplicate-number',
  severity: 'error',
  summary: 'Each ADR number is used once in its decision log (adr/, or a folder below it such as adr/platform/), counting files whose front matter is broken.',
  message: ({ label, number, other }) => `${label} number ${String(number).padStart(4, '0')} is also used by ${other}.`,
  fix: ({ file }) => `Renumber this file to the next free number and update every reference: \`npx handbook adr renumber ${file}\` does both.`,
  examples: {
    ok: {
      'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ')),
      'adr/platform/0001-adopt-terraform.md': adrFile(adrFields('Adopt Terraform', 'related:\n  - 0001-run-on-kubernetes\n'), 'Builds on [ADR 0001](../0001-run-on-kubernetes.md).\n\n## Context\n\nWhy.\n\n## Decision\n\nThis.\n'),
    },
    notOk: { 'adr/0001-adopt-bullmq.md': adrFile('title: [unclosed\n'), 'adr/platform/0003-adopt-terraform.md': adrFile(adrFields('Adopt Terraform')), 'adr/platform/0003-adopt-pulumi.md': adrFile(adrFields('Adopt Pulumi')) },
  },
});
