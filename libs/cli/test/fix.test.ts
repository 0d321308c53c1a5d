import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfRepository, edit, handbook } from './repository-copy.ts';

const FIRST = 'adr/0001-store-reports-in-postgres.md';
const SECOND = 'adr/0002-run-one-queue-per-tenant.md';
const THIRD = 'adr/0003-share-one-queue-across-tenants.md';
const INCIDENT = 'incidents/2026-06-02-reports-timed-out.md';

const read = (root: string, file: string) => readFile(path.join(root, file), 'utf8');

/**
 * Breaks the fixture repository in every way `--fix` corrects, each edit the exact reverse of a
 * certain fix, so that a fixed file must equal its original byte for byte. ADR 0001 is rewritten
 * with CRLF line ends and a byte-order mark first, which the fix must keep.
 */
async function breakRepository(root: string): Promise<Map<string, string>> {
  const crlf = `\uFEFF${(await read(root, FIRST)).replaceAll('\n', '\r\n')}`;
  await writeFile(path.join(root, FIRST), crlf);
  const originals = new Map<string, string>();
  for (const file of [FIRST, SECOND, THIRD, INCIDENT]) originals.set(file, await read(root, file));
  await edit(root, FIRST, 'status: accepted', 'status: acepted');
  await edit(root, FIRST, '## Decision\r\n', '#### Decision\r\n');
  await edit(root, THIRD, 'decision-makers:\n  - charles', 'decision-maker:\n\t- charls');
  await edit(root, THIRD, '## Context', '## Contxt');
  await edit(
    root,
    THIRD,
    '(0002-run-one-queue-per-tenant.md)',
    '(0002-run-one-queue-per-tenat.md)',
  );
  await edit(root, INCIDENT, 'severity: SEV3', 'severity: SEV33');
  return originals;
}

describe('handbook lint --fix', () => {
  it('fixes tabs, typos with one suggestion, misnamed sections and renamed links, changing nothing else', async () => {
    const root = await copyOfRepository();
    const originals = await breakRepository(root);
    expect((await handbook(root, 'lint')).code).toBe(1);

    const run = await handbook(root, 'lint', '--fix');
    expect(run.stderr).toMatch(/^Fixed \d+ problems in 3 files\.\n$/);
    expect(run.stdout).toMatch(/^No problems in \d+ files\.\n$/);
    expect(run.code).toBe(0);
    for (const [file, original] of originals) expect(await read(root, file), file).toBe(original);

    const again = await handbook(root, 'lint', '--fix');
    expect(again).toMatchObject({ code: 0, stderr: 'Nothing to fix.\n' });
  });

  it('rewrites a link text naming another ADR number than its target', async () => {
    const root = await copyOfRepository();
    await edit(root, THIRD, '[the earlier decision]', '[ADR 0001]');
    const linted = await handbook(root, 'lint', THIRD);
    expect(linted.stdout).toContain("The link's text says ADR 0001 but the link leads to ADR 0002");
    await handbook(root, 'lint', '--fix');
    expect(await read(root, THIRD)).toContain('[ADR 0002](0002-run-one-queue-per-tenant.md)');
  });

  it('reads a misspelt word of another tool as the status it stands for (aproved: accepted)', async () => {
    const root = await copyOfRepository();
    await edit(root, FIRST, 'status: accepted', 'status: aproved');
    expect((await handbook(root, 'lint', FIRST)).stdout).toContain('fix: Did you mean accepted?');
    await handbook(root, 'lint', '--fix', FIRST);
    expect(await read(root, FIRST)).toContain('status: accepted\n');
  });

  it('leaves a typo with two equally near suggestions for the author to choose', async () => {
    const root = await copyOfRepository();
    await edit(root, THIRD, '  - charles', '  - dna');
    await edit(
      root,
      'content/team.yaml',
      '  - id: dana',
      '  - id: dana\n    name: Dan A\n    role: Engineer\n    team: platform\n  - id: dina',
    );
    const run = await handbook(root, 'lint', '--fix');
    expect(run.stderr).toBe('Nothing to fix.\n');
    expect(run.stdout).toContain('names "dna", who is not a person');
    expect(await read(root, THIRD)).toContain('  - dna\n');
  });

  it('prints the fixes as a diff with --fix-dry-run and writes nothing', async () => {
    const root = await copyOfRepository();
    await edit(root, INCIDENT, 'severity: SEV3', 'severity: SEV33');
    const before = await read(root, INCIDENT);
    const run = await handbook(root, 'lint', '--fix-dry-run');
    expect(run.stdout).toContain(`--- a/${INCIDENT}\n+++ b/${INCIDENT}\n`);
    expect(run.stdout).toContain('-severity: SEV33\n+severity: SEV3\n');
    expect(run.stderr).toBe('--fix would fix 1 problem in 1 file; nothing was written.\n');
    expect(run.code).toBe(1);
    expect(await read(root, INCIDENT)).toBe(before);
  });

  it('fixes only the files named', async () => {
    const root = await copyOfRepository();
    await edit(root, INCIDENT, 'severity: SEV3', 'severity: SEV33');
    await edit(root, FIRST, 'status: accepted', 'status: acepted');
    const run = await handbook(root, 'lint', '--fix', INCIDENT);
    expect(run).toMatchObject({ code: 0, stderr: 'Fixed 1 problem in 1 file.\n' });
    expect(await read(root, FIRST)).toContain('status: acepted');
  });
});
