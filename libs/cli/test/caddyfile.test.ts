import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbook } from './repository-copy.ts';

/** A folder holding a built site's `_headers` (and nothing else the command reads). */
async function builtSite(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'handbook-caddyfile-'));
  await mkdir(path.join(folder, 'dist'));
  await writeFile(
    path.join(folder, 'dist', '_headers'),
    "/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  X-Robots-Tag: noindex, nofollow\n",
  );
  return folder;
}

describe('handbook caddyfile', () => {
  it("prints a configuration that sends _headers' headers behind the identity proxy", async () => {
    const folder = await builtSite();
    const run = await handbook(
      folder,
      'caddyfile',
      '--site',
      'dist',
      '--auth',
      'forward',
      '--identity-proxy',
      '127.0.0.1:4180',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`root * "${path.join(folder, 'dist')}"`);
    expect(run.stdout).toContain(
      `Content-Security-Policy "default-src 'self'; frame-ancestors 'none'"`,
    );
    expect(run.stdout).toContain('X-Robots-Tag "noindex, nofollow"');
    expect(run.stdout).toContain('forward_auth 127.0.0.1:4180 {');
  });

  it('says what is missing instead of writing a configuration that lets everyone in', async () => {
    const folder = await builtSite();
    const forward = await handbook(folder, 'caddyfile', '--site', 'dist', '--auth', 'forward');
    expect(forward.code).toBe(2);
    expect(forward.stderr).toContain('--auth forward needs --identity-proxy <host:port>');
    const basic = await handbook(folder, 'caddyfile', '--site', 'dist', '--auth', 'basic');
    expect(basic.stderr).toContain('--auth basic needs --users <file>');
    const unbuilt = await handbook(
      folder,
      'caddyfile',
      '--site',
      'elsewhere',
      '--auth',
      'basic',
      '--users',
      'users',
    );
    expect(unbuilt.stderr).toContain('elsewhere holds no _headers: build the site first');
    const none = await handbook(folder, 'caddyfile', '--site', 'dist');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("required option '--auth <kind>' not specified");
  });

  it('never replaces an existing file unless asked', async () => {
    const folder = await builtSite();
    await writeFile(path.join(folder, 'Caddyfile'), 'mine\n');
    const args = [
      'caddyfile',
      '--site',
      'dist',
      '--auth',
      'basic',
      '--users',
      'users',
      '--out',
      'Caddyfile',
    ];
    const refused = await handbook(folder, ...args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'Caddyfile already exists; it was left as it is. Pass --force to replace it.',
    );
    expect(await readFile(path.join(folder, 'Caddyfile'), 'utf8')).toBe('mine\n');
    expect((await handbook(folder, ...args, '--force')).code).toBe(0);
    expect(await readFile(path.join(folder, 'Caddyfile'), 'utf8')).toContain(
      `import "${path.join(folder, 'users')}"`,
    );
  });
});
