import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { copyOfRepository, edit, git, handbook } from './repository-copy.ts';

const ADR = 'adr/0001-store-reports-in-postgres.md';
const HOOK = '.git/hooks/pre-commit';
const INCIDENT = 'incidents/2026-06-02-reports-timed-out.md';

/** A copy of the fixture repository under git, with everything committed. */
async function committedRepository(): Promise<string> {
  const root = await copyOfRepository();
  await git(root, ['init', '-q', '-b', 'main']);
  await git(root, ['add', '.']);
  await git(root, ['commit', '-q', '-m', 'start']);
  return root;
}

/** `git commit` in `root`, which runs the hook; its exit code and standard error. */
async function commit(root: string): Promise<{ code: number; stderr: string }> {
  try {
    await git(root, ['commit', '-q', '-m', 'change']);
    return { code: 0, stderr: '' };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
}

describe('handbook hook install', () => {
  it('writes a pre-commit hook that stops a commit of broken content and lets a clean one through', async () => {
    const root = await committedRepository();
    const run = await handbook(root, 'hook', 'install');
    expect(run).toMatchObject({ code: 0, stdout: `${HOOK}\n` });
    expect((await stat(path.join(root, HOOK))).mode & 0o111).not.toBe(0);

    await edit(root, ADR, 'status: accepted', 'status: acepted');
    await git(root, ['add', ADR]);
    const refused = await commit(root);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${ADR}\n  3:9  error  status must be one of`);
    expect(refused.stderr).toContain('commit with --no-verify');

    await edit(root, ADR, 'status: acepted', 'status: proposed');
    await git(root, ['add', ADR]);
    expect(await commit(root)).toEqual({ code: 0, stderr: '' });
  });

  it('reports only the staged files, and lets a commit without content through', async () => {
    const root = await committedRepository();
    await edit(root, ADR, 'status: accepted', 'status: acepted');
    await writeFile(path.join(root, 'notes.txt'), 'not content\n');
    await git(root, ['add', 'notes.txt']);
    expect(await handbook(root, 'lint', '--staged')).toEqual({ code: 0, stdout: '', stderr: '' });
    await git(root, ['add', ADR]);
    expect((await handbook(root, 'lint', '--staged')).code).toBe(1);
  });

  it('finds a secret in a staged file', async () => {
    const root = await committedRepository();
    await edit(
      root,
      INCIDENT,
      '## Impact\n',
      '## Impact\n\nThe token ghp_abcdefghijklmnopqrstuvwxyzABCDEF1234 leaked.\n',
    );
    await git(root, ['add', INCIDENT]);
    const run = await handbook(root, 'lint', '--staged', '--format', 'json');
    expect((JSON.parse(run.stdout) as { rule: string }[]).map(({ rule }) => rule)).toEqual([
      'safety/secret',
    ]);
  });

  it("replaces its own hook but not another tool's, unless forced", async () => {
    const root = await committedRepository();
    await writeFile(path.join(root, HOOK), '#!/bin/sh\nnpx lint-staged\n');
    const refused = await handbook(root, 'hook', 'install');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('was not written by handbook; it was left as it is');
    expect(await readFile(path.join(root, HOOK), 'utf8')).toBe('#!/bin/sh\nnpx lint-staged\n');
    expect((await handbook(root, 'hook', 'install', '--force')).code).toBe(0);
    expect((await handbook(root, 'hook', 'install')).code).toBe(0);
    expect(await readFile(path.join(root, HOOK), 'utf8')).toContain('lint --staged');
  });

  it('refuses outside a git checkout', async () => {
    const root = await copyOfRepository();
    const run = await handbook(root, 'hook', 'install');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not in a git checkout');
    await expect(promisify(execFile)('test', ['-e', path.join(root, HOOK)])).rejects.toThrow();
  });
});
