import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfRepository, fillPlaceholders, git, handbook } from './repository-copy.ts';

const SECTIONS =
  '## Options Considered\n\nTwo.\n\n## Decision\n\nThis.\n\n## Consequences\n\nThose.\n';

/** An ADR whose context links to `link`. */
const adrLinkingTo = (title: string, link: string) =>
  `---\ntitle: ${title}\nstatus: proposed\ndate: 2026-11-24\ndecision-makers:\n  - charles\n---\n\n## Context\n\nSee [the other](${link}).\n\n${SECTIONS}`;

/** Two pull requests each took the next number: the repository after both merged. */
async function repositoryWithClash(): Promise<{ root: string; clash: number }> {
  const root = await copyOfRepository();
  const numbers = (await readdir(path.join(root, 'adr')))
    .map((name) => Number(name.slice(0, 4)))
    .filter(Number.isInteger);
  const clash = Math.max(...numbers) + 1;
  const number = String(clash).padStart(4, '0');
  await writeFile(
    path.join(root, `adr/${number}-use-queues.md`),
    adrLinkingTo('Use queues', `${number}-use-streams.md`),
  );
  await writeFile(
    path.join(root, `adr/${number}-use-streams.md`),
    adrLinkingTo('Use streams', `${number}-use-queues.md`),
  );
  return { root, clash };
}

describe('handbook adr renumber', () => {
  it('reports a number clash on the ADR git added last, whatever its name, so that one is renumbered', async () => {
    const { root, clash } = await repositoryWithClash();
    const number = String(clash).padStart(4, '0');
    const clashing = async () =>
      (
        JSON.parse((await handbook(root, 'lint', '--format', 'json')).stdout) as {
          file: string;
          fix: string;
        }[]
      ).map(({ file }) => file);
    expect(await clashing()).toEqual([`adr/${number}-use-streams.md`]);
    await git(root, ['init', '-q', '-b', 'main']);
    await git(root, ['add', '.', ':!adr/' + `${number}-use-queues.md`]);
    await git(root, ['commit', '-q', '-m', 'streams'], '2026-11-20T10:00:00+01:00');
    expect(await clashing()).toEqual([`adr/${number}-use-queues.md`]);
    await git(root, ['add', '.']);
    await git(root, ['commit', '-q', '-m', 'queues'], '2026-11-21T10:00:00+01:00');
    const run = await handbook(root, 'lint');
    expect(run.stdout).toContain(`npx handbook adr renumber adr/${number}-use-queues.md`);
  });

  it('moves the ADR to the next free number and rewrites every reference to it, printing each change', async () => {
    const { root, clash } = await repositoryWithClash();
    const [oldNumber, newNumber] = [clash, clash + 1].map((number) =>
      String(number).padStart(4, '0'),
    );
    const lintBefore = await handbook(root, 'lint', '--format', 'json');
    expect(
      (JSON.parse(lintBefore.stdout) as { rule: string }[]).map((diagnostic) => diagnostic.rule),
    ).toEqual(['identity/duplicate-number']);

    const run = await handbook(root, 'adr', 'renumber', `adr/${oldNumber}-use-streams.md`);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      `adr/${oldNumber}-use-streams.md moved to adr/${newNumber}-use-streams.md`,
      `adr/${oldNumber}-use-queues.md:11 ${oldNumber}-use-streams → ${newNumber}-use-streams`,
      '',
    ]);
    expect(await readFile(path.join(root, `adr/${oldNumber}-use-queues.md`), 'utf8')).toContain(
      `[the other](${newNumber}-use-streams.md)`,
    );
    expect(await handbook(root, 'lint')).toMatchObject({ code: 0 });
  });

  it('rewrites "ADR NNNN" in the text of links to the moved ADR, and no other link text', async () => {
    const { root, clash } = await repositoryWithClash();
    const [oldNumber, newNumber] = [clash, clash + 1].map((number) =>
      String(number).padStart(4, '0'),
    );
    const queues = `adr/${oldNumber}-use-queues.md`;
    await writeFile(
      path.join(root, queues),
      adrLinkingTo('Use queues', `${oldNumber}-use-streams.md`).replace(
        'See [the other]',
        `As [ADR ${oldNumber}](${oldNumber}-use-streams.md) and [ADR ${Number(oldNumber)}](${oldNumber}-use-streams.md#decision) say, unlike [ADR ${oldNumber}](${oldNumber}-use-queues.md). See [the other]`,
      ),
    );
    expect((await handbook(root, 'adr', 'renumber', `adr/${oldNumber}-use-streams.md`)).code).toBe(
      0,
    );
    const text = await readFile(path.join(root, queues), 'utf8');
    expect(text).toContain(
      `As [ADR ${newNumber}](${newNumber}-use-streams.md) and [ADR ${newNumber}](${newNumber}-use-streams.md#decision) say`,
    );
    expect(text).toContain(`unlike [ADR ${oldNumber}](${oldNumber}-use-queues.md)`);
  });

  it('renumbers within a decision log of its own, rewriting its links and the ids that name it', async () => {
    const root = await copyOfRepository();
    const first = await handbook(
      root,
      'new',
      'adr',
      'Pin Node',
      '--log',
      'tooling',
      '--decision-makers',
      'charles',
    );
    await handbook(
      root,
      'new',
      'adr',
      'Pin pnpm',
      '--log',
      'tooling',
      '--decision-makers',
      'charles',
    );
    await writeFile(
      path.join(root, 'adr/tooling/0001-pin-yarn.md'),
      adrLinkingTo('Pin yarn', '0001-pin-node.md').replace(
        'status: proposed\n',
        'status: proposed\nrelated:\n  - tooling/0001-pin-node\n',
      ),
    );
    expect(first.stdout).toBe('adr/tooling/0001-pin-node.md\n');
    expect((await handbook(root, 'adr', 'renumber', 'adr/tooling/0001-pin-yarn.md')).code).toBe(0);
    expect(await readdir(path.join(root, 'adr/tooling'))).toEqual([
      '0001-pin-node.md',
      '0002-pin-pnpm.md',
      '0003-pin-yarn.md',
    ]);
    await fillPlaceholders(root, 'adr/tooling/0001-pin-node.md');
    await fillPlaceholders(root, 'adr/tooling/0002-pin-pnpm.md');
    expect((await handbook(root, 'lint')).code).toBe(0);
  });

  it('prints the plan and changes nothing with --dry-run', async () => {
    const { root, clash } = await repositoryWithClash();
    const oldNumber = String(clash).padStart(4, '0');
    const before = await readdir(path.join(root, 'adr'));
    const run = await handbook(
      root,
      'adr',
      'renumber',
      '--dry-run',
      `adr/${oldNumber}-use-streams.md`,
    );
    expect(run.stdout).toMatch(
      /^adr\/\d{4}-use-streams\.md would move to adr\/\d{4}-use-streams\.md\n/,
    );
    expect(await readdir(path.join(root, 'adr'))).toEqual(before);
  });

  it('refuses a file that is not an ADR', async () => {
    const root = await copyOfRepository();
    expect(await handbook(root, 'adr', 'renumber', 'content/team.yaml')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is not an ADR file'),
    });
  });
});
