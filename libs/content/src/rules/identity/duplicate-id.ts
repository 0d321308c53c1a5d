import { rule } from '../rule.ts';

/** `identity/duplicate-id`: one id used by files of two content types, which makes references ambiguous. */
export const duplicateId = rule<{ id: string; other: string }>()({
  id: 'identity/duplicate-id',
  severity: 'error',
  summary: 'An id names one entry across every content type, so that related: can name any of them.',
  message: ({ id, other }) => `The id "${id}" is also the id of ${other}, so references to it are ambiguous.`,
  fix: () => 'Rename one of the two files.',
  examples: {
    ok: { 'content/handbook/run-on-kubernetes.md': '---\ntitle: Kubernetes\ndescription: How we run it.\nowner: charles\nlast-reviewed: 2026-11-16\n---\n\nText.\n' },
    notOk: { 'content/handbook/0001-run-on-kubernetes.md': '---\ntitle: Kubernetes\ndescription: How we run it.\nowner: charles\nlast-reviewed: 2026-11-16\n---\n\nText.\n' },
  },
});
