import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `identity/duplicate-slug`: two ADRs whose names differ only in their number, likely one decision filed twice. */
export const duplicateSlug = rule<{ slug: string; other: string }>()({
  id: 'identity/duplicate-slug',
  severity: 'warning',
  summary: 'Two ADRs do not share a title slug under different numbers: that is usually one decision filed twice by parallel pull requests.',
  message: ({ slug, other }) => `The name "${slug}" is also the name of ${other}, under another number.`,
  fix: () => 'If both record one decision, keep one and delete the other; if they differ, give this one a title that says how.',
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ')) },
    notOk: { 'adr/0002-run-on-kubernetes.md': adrFile(adrFields('Run on Kubernetes')) },
  },
});
