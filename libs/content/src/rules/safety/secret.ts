import type { Diagnostic } from '../../diagnostic.ts';
import { positionAt, type FileContext } from '../context.ts';
import { adrBodyWith, secondAdr } from '../examples.ts';
import { report, rule } from '../rule.ts';

/**
 * What a likely secret looks like, by kind. Sources: AWS access key id prefixes (AKIA long-term,
 * ASIA temporary; AWS IAM documentation), PEM private key armour (RFC 7468), GitHub token prefixes
 * (GitHub docs, "About authentication"), Slack token prefixes (Slack API docs).
 */
const SECRETS: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { kind: 'a private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g },
  { kind: 'a GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/g },
  { kind: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
];

/** `safety/secret`: text that looks like a credential, anywhere in a content file. */
export const secret = rule<{ kind: string; preview: string }>()({
  id: 'safety/secret',
  severity: 'error',
  summary: 'Content holds no credentials: cloud access keys, private keys and API tokens are caught before they are published.',
  message: ({ kind, preview }) => `This looks like ${kind} (${preview}); published, anyone in the organisation could use it.`,
  fix: () => 'Remove it, and rotate the credential: it is in the git history of this branch already.',
  examples: {
    ok: secondAdr('', adrBodyWith('The key lives in the vault under `queues/aws`.')),
    // AWS's documented example key id, which no account uses.
    notOk: secondAdr('', adrBodyWith('Use key AKIAIOSFODNN7EXAMPLE for the queue bucket.')),
  },
});

/** Shows the start of a secret only, so that the diagnostic does not repeat it. */
const preview = (text: string) => `${text.slice(0, 8)}…`;

/** Reports every likely secret in the whole text, front matter included. */
export function checkSecrets({ file, text }: FileContext): Diagnostic[] {
  return SECRETS.flatMap(({ kind, pattern }) =>
    [...text.matchAll(pattern)].map((match) => report(secret, { file, ...positionAt(text, match.index) }, { kind, preview: preview(match[0]) })),
  );
}
