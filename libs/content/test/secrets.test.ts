import { describe, expect, it } from 'vitest';
import { loadRepository } from '../src/index.ts';
import { scanSecrets } from '../src/rules/safety/secret.ts';
import { createSecretScanner } from '../src/secret-scanner.ts';
import { adr, ROSTER, temporaryRepository } from './temporary-repository.ts';

/** Made-up credentials in each issuer's format (none is live); every kind the attacker's pass listed (issue 18). */
const SECRETS = {
  'AWS access key id': 'AKIAIOSFODNN7EXAMPLE',
  'AWS access key id after an underscore': 'QUEUE_KEY_AKIAIOSFODNN7EXAMPLE',
  'AWS secret access key': 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'GitHub token': 'ghp_abcdefghijklmnopqrstuvwxyzABCDEF1234',
  'OpenSSH private key': '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----',
  'PEM private key': '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi\n-----END RSA PRIVATE KEY-----',
  'PGP private key': '-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOYBF0aBcEBCADc\n-----END PGP PRIVATE KEY BLOCK-----',
  'PuTTY private key': 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none',
  'Google API key': 'AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY',
  'Stripe live secret key': 'sk_live_51H8yTbKZvKYlo2C0aIiXyZ0xHkW1y2z3',
  'Stripe restricted key': 'rk_live_51H8yTbKZvKYlo2C0aIiXyZ0xHkW1y2z3',
  'JSON Web Token': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'database URL with a password': 'postgres://admin:s3cr3tP4ss@db.internal:5432/prod',
  'MongoDB URL with a password': 'mongodb+srv://queue:hunter22@cluster0.example.net/jobs',
  'Slack webhook': 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  'GitLab token': 'glpat-xxxxxxxxxxxxxxxxxxxx',
  'npm token': 'npm_abcdefghijklmnopqrstuvwxyzABCDEF1234',
  'OpenAI project key': 'sk-proj-abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789',
  'Anthropic key': 'sk-ant-api03-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-abcdefgAA',
  'Azure Storage account key': 'DefaultEndpointsProtocol=https;AccountName=queues;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net',
  'SendGrid API key': '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',
} as const;

describe('secrets', () => {
  it.each(Object.entries(SECRETS))('catches a %s in a body, at its line', async (_, value) => {
    const text = `# Queues\n\nThe worker reads ${value} at start-up.\n`;
    const found = await scanSecrets('adr/0001-queues.md', text);
    expect(found.map(({ rule, line }) => ({ rule, line }))).toEqual([{ rule: 'safety/secret', line: 3 }]);
    expect(found[0]?.message).not.toContain(value.slice(10));
  });

  it('leaves ordinary prose, ids and URLs alone', async () => {
    const text = '# Queues\n\nSee https://docs.bullmq.io/ and ADR 0004; the vault path is `queues/aws`; sk-learn and AIza are words here.\n';
    expect(await scanSecrets('adr/0001-queues.md', text)).toEqual([]);
  });

  it('scans content/team.yaml and JSON data files too, not only Markdown', async () => {
    const scorecard = JSON.stringify({ date: '2026-11-16', note: SECRETS['Stripe live secret key'] }, null, 2);
    const root = await temporaryRepository({
      'content/team.yaml': `${ROSTER}# ${SECRETS['GitHub token']}\n`,
      'scorecards/2026-11-16.json': scorecard,
      'adr/0001-queues.md': adr('title: Queues\nstatus: proposed\ndate: 2026-11-16\n'),
    });
    const { diagnostics } = await loadRepository(root);
    const secrets = diagnostics.filter(({ rule }) => rule === 'safety/secret').map(({ file }) => file);
    expect(secrets.sort()).toEqual(['content/team.yaml', 'scorecards/2026-11-16.json']);
  });

  it('finds the same secrets when the scan runs on a worker thread, as the CLI runs it', async () => {
    const scanner = createSecretScanner(true);
    try {
      for (const value of Object.values(SECRETS)) {
        const text = `# Queues\n\nThe worker reads ${value} at start-up.\n`;
        const threaded = await scanner.scan('adr/0001-queues.md', text);
        expect(threaded).toHaveLength(1);
        expect(threaded).toEqual(await scanSecrets('adr/0001-queues.md', text));
      }
    } finally {
      await scanner.close();
    }
  });
});
