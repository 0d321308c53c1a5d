import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import type { Diagnostic } from '../../diagnostic.ts';
import { lineLocator } from '../context.ts';
import { adrBodyWith, secondAdr } from '../examples.ts';
import { report, rule } from '../rule.ts';

/** Not a letter or digit before or after a match: where `\b` fails after `_` (`MY_KEY_AKIA…`), this does not. */
const START = '(?<![A-Za-z0-9])';
const END = '(?![A-Za-z0-9])';

/**
 * Credentials secretlint's recommended preset misses, by kind, each from the issuer's documented
 * format; every pattern is a flat sequence (no nested or overlapping quantifiers), linear in the
 * text. Sources: AWS IAM and CLI credential-file documentation (key ids AKIA/ASIA, the
 * `aws_secret_access_key` setting), RFC 7468 and RFC 4880 (PEM and OpenPGP armour), PuTTY's PPK
 * file format, GitHub's token prefixes, Slack's token prefixes and incoming webhooks, Google
 * Cloud API keys, Stripe secret and restricted keys, RFC 7519 (a JWT's `{"` header and payload in
 * base64url), OpenAI project, service-account and admin keys, Azure Storage connection strings,
 * SendGrid API keys, and database URLs with a password (PostgreSQL, MySQL, MongoDB, Redis, AMQP).
 */
const PATTERNS: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'an AWS access key id', pattern: new RegExp(`${START}(?:AKIA|ASIA)[0-9A-Z]{16}${END}`, 'g') },
  { kind: 'an AWS secret access key', pattern: /aws_secret_access_key["']?\s*[:=]\s*["']?[A-Za-z0-9/+=]{40}/gi },
  { kind: 'a private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { kind: 'a PuTTY private key', pattern: /PuTTY-User-Key-File-\d+:/g },
  { kind: 'a GitHub token', pattern: new RegExp(`${START}(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})`, 'g') },
  { kind: 'a Slack token', pattern: new RegExp(`${START}xox[abposr]-[A-Za-z0-9-]{10,}`, 'g') },
  { kind: 'a Slack webhook', pattern: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]{20,}/g },
  { kind: 'a Google API key', pattern: new RegExp(`${START}AIza[0-9A-Za-z_-]{35}`, 'g') },
  { kind: 'a Stripe secret key', pattern: new RegExp(`${START}(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,}`, 'g') },
  { kind: 'a JSON Web Token', pattern: new RegExp(`${START}eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{10,}`, 'g') },
  { kind: 'an OpenAI API key', pattern: new RegExp(`${START}sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}`, 'g') },
  { kind: 'an Azure Storage account key', pattern: /AccountKey=[A-Za-z0-9+/]{80,}={0,2}/g },
  { kind: 'a SendGrid API key', pattern: new RegExp(`${START}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}`, 'g') },
  { kind: 'a database URL with its password', pattern: /(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?):\/\/[^\s:/@]+:[^\s/@]+@/gi },
];

/** `safety/secret`: text that looks like a credential, anywhere in a content file, front matter, YAML and JSON included. */
export const secret = rule<{ kind: string; preview: string }>()({
  id: 'safety/secret',
  severity: 'error',
  summary: "Content holds no credentials: cloud keys, private keys, API tokens, webhooks and passwords in URLs are caught before they are published (secretlint's recommended rules and the handbook's own).",
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

// Secretlint times every rule on every file with performance marks unless told not to, which
// cost a fifth of a lint of 1,000 ADRs (secretlint/secretlint#1633).
secretLintProfiler.setEnabled(false);

const SECRETLINT = { config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }] } };

/** A likely credential: where it starts and ends in the text (0-based offsets) and what kind it is. */
interface Finding {
  offset: number;
  end: number;
  kind: string;
}

/** What secretlint's recommended preset finds in `text`. */
async function secretlintFindings(file: string, text: string): Promise<Finding[]> {
  const result = await lintSource({ source: { filePath: file, content: text, ext: file.slice(file.lastIndexOf('.')), contentType: 'text' }, options: SECRETLINT });
  return result.messages.map((message) => ({ offset: message.range[0], end: message.range[1], kind: `a credential (secretlint: ${message.messageId})` }));
}

/**
 * Reports every likely credential in the whole text of a content file (front matter, body, YAML
 * or JSON), each once, at its line and column: secretlint's recommended preset first, then
 * {@link PATTERNS} for what it does not cover. Input: the repository-relative path and the text.
 * Never throws: a secretlint failure leaves the handbook's own patterns to report.
 */
export async function scanSecrets(file: string, text: string): Promise<Diagnostic[]> {
  const found = await secretlintFindings(file, text).catch((): Finding[] => []);
  for (const { kind, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) found.push({ offset: match.index, end: match.index + match[0].length, kind });
  }
  const kept: Finding[] = [];
  for (const finding of found.sort((a, b) => a.offset - b.offset || b.end - a.end)) {
    const last = kept.at(-1);
    if (last === undefined || finding.offset >= last.end) kept.push(finding);
  }
  const locate = lineLocator(text);
  return kept.map(({ offset, end, kind }) => report(secret, { file, ...locate(offset) }, { kind, preview: preview(text.slice(offset, end)) }));
}
