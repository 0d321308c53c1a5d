import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTENT_TYPE_NAMES, CONTENT_TYPES } from '@handbook/schema';
import { describe, expect, it } from 'vitest';
import { copyOfRepository, edit, fillPlaceholders, handbook } from './repository-copy.ts';

const SUPERSEDED = 'adr/0001-store-reports-in-postgres.md';

describe('handbook new', () => {
  it.each(CONTENT_TYPE_NAMES.map((type) => [type]))(
    'writes a %s from the registry whose only problems are the fields and sections it asks the author for',
    async (type) => {
      const root = await copyOfRepository();
      const run = await handbook(root, 'new', type, 'Quarterly platform review');
      expect(run.code, run.stderr).toBe(0);
      const file = run.stdout.trim();
      expect(file.startsWith(`${CONTENT_TYPES[type].folder}/`)).toBe(true);
      const asked =
        /^Fill in: (.*)\.$/m
          .exec(run.stderr)?.[1]
          ?.split('; ')
          .map((item) => item.split(' (')[0]) ?? [];
      const lint = await handbook(root, 'lint', '--format', 'json', file);
      const problems = JSON.parse(lint.stdout) as { rule: string; message: string }[];
      for (const problem of problems) {
        const about = problem.message.split(/[ [.]/)[0] ?? '';
        expect(
          problem.rule === 'structure/empty-section' || asked.includes(about),
          `${problem.rule}: ${problem.message}`,
        ).toBe(true);
      }
    },
  );

  it('writes the next ADR, dated today, proposed, with every required section, which lints clean once its sections are written', async () => {
    const root = await copyOfRepository();
    const numbers = (await readdir(path.join(root, 'adr')))
      .map((name) => Number(name.slice(0, 4)))
      .filter(Number.isInteger);
    const next = String(Math.max(...numbers) + 1).padStart(4, '0');
    const run = await handbook(
      root,
      'new',
      'adr',
      'Move Redis queues: to BullMQ',
      '--decision-makers',
      'charles',
    );
    expect(run).toMatchObject({ code: 0, stdout: `adr/${next}-move-redis-queues-to-bullmq.md\n` });
    const text = await readFile(path.join(root, run.stdout.trim()), 'utf8');
    expect(text).toMatch(
      /^---\ntitle: "Move Redis queues: to BullMQ"\nstatus: proposed\ndate: 2026-11-24\ndecision-makers:\n {2}- charles\n---\n/,
    );
    expect([...text.matchAll(/^## (.+)$/gm)].map((match) => match[1])).toEqual([
      'Context',
      'Options Considered',
      'Decision',
      'Consequences',
    ]);
    const unwritten = await handbook(root, 'lint', '--format', 'json', run.stdout.trim());
    expect(
      (JSON.parse(unwritten.stdout) as { rule: string; line: number }[]).map(
        ({ rule, line }) => `${line} ${rule}`,
      ),
    ).toEqual(['9 structure/empty-section', '17 structure/empty-section']);
    await fillPlaceholders(root, run.stdout.trim());
    expect(await handbook(root, 'lint', run.stdout.trim())).toMatchObject({ code: 0 });
  });

  it('writes a proposed ADR without decision-makers that lints clean, as MADR 4 leaves them to later', async () => {
    const root = await copyOfRepository();
    const run = await handbook(root, 'new', 'adr', 'Cache report pages');
    expect(run.code).toBe(0);
    await fillPlaceholders(root, run.stdout.trim());
    expect(await handbook(root, 'lint', run.stdout.trim())).toMatchObject({
      code: 0,
      stdout: 'No problems in 1 file.\n',
    });
  });

  it('numbers an ADR of a decision log in a folder apart from the main log, and supersedes within that log', async () => {
    const root = await copyOfRepository();
    const first = await handbook(
      root,
      'new',
      'adr',
      'Pin Node 24',
      '--log',
      'tooling',
      '--decision-makers',
      'charles',
    );
    expect(first.stdout).toBe('adr/tooling/0001-pin-node-24.md\n');
    const second = await handbook(
      root,
      'new',
      'adr',
      'Pin Node 26',
      '--log',
      'tooling',
      '--supersedes',
      '1',
    );
    expect(second.stdout).toBe('adr/tooling/0002-pin-node-26.md\n');
    await fillPlaceholders(root, 'adr/tooling/0001-pin-node-24.md');
    await fillPlaceholders(root, 'adr/tooling/0002-pin-node-26.md');
    expect(await readFile(path.join(root, 'adr/tooling/0001-pin-node-24.md'), 'utf8')).toContain(
      'superseded-by: tooling/0002-pin-node-26',
    );
    expect(
      await readFile(path.join(root, 'adr/0001-store-reports-in-postgres.md'), 'utf8'),
    ).not.toContain('superseded');
    expect((await handbook(root, 'lint')).code).toBe(0);
    expect((await handbook(root, 'new', 'adr', 'X', '--log', 'Not A Slug')).code).toBe(2);
  });

  it('counts an ADR with broken front matter when choosing the next number', async () => {
    const root = await copyOfRepository();
    const numbers = (await readdir(path.join(root, 'adr')))
      .map((name) => Number(name.slice(0, 4)))
      .filter(Number.isInteger);
    const [broken, next] = [Math.max(...numbers) + 3, Math.max(...numbers) + 4].map((number) =>
      String(number).padStart(4, '0'),
    );
    await writeFile(
      path.join(root, `adr/${broken}-half-written.md`),
      '---\ntitle: [unclosed\n---\n',
    );
    const run = await handbook(root, 'new', 'adr', 'Next one');
    expect(run.stdout).toBe(`adr/${next}-next-one.md\n`);
    expect(run.stderr).toContain('Fill in: decision-makers (person ids from content/team.yaml).');
  });

  it('never overwrites: the same title twice is refused with exit 2 and the file is left as it was', async () => {
    const root = await copyOfRepository();
    const first = await handbook(root, 'new', 'debt', 'Ünïcode débt', '--owner', 'charles');
    expect(first.stdout).toBe('content/debt/unicode-debt.md\n');
    const file = path.join(root, 'content/debt/unicode-debt.md');
    await writeFile(file, 'my edits');
    const second = await handbook(root, 'new', 'debt', 'Unicode debt');
    expect(second).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('content/debt/unicode-debt.md already exists'),
    });
    expect(await readFile(file, 'utf8')).toBe('my edits');
    expect((await readdir(path.dirname(file))).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('writes a postmortem named after today and a first handbook page, creating its folder, each listing what is left to fill in', async () => {
    const root = await copyOfRepository();
    const incident = await handbook(
      root,
      'new',
      'incident',
      'Render queue stalled',
      '--severity',
      'SEV2',
    );
    expect(incident.stdout).toBe('incidents/2026-11-24-render-queue-stalled.md\n');
    const text = await readFile(
      path.join(root, 'incidents/2026-11-24-render-queue-stalled.md'),
      'utf8',
    );
    expect(text).toContain(
      'started: 2026-11-24T17:05:00+01:00\ndetected: 2026-11-24T17:05:00+01:00\n',
    );
    await fillPlaceholders(root, 'incidents/2026-11-24-render-queue-stalled.md');
    expect(
      await handbook(root, 'lint', 'incidents/2026-11-24-render-queue-stalled.md'),
    ).toMatchObject({ code: 0 });
    await expect(readdir(path.join(root, 'content/handbook'))).rejects.toThrow('ENOENT');
    const page = await handbook(root, 'new', 'page', 'On-call rota');
    expect(page).toMatchObject({ code: 0, stdout: 'content/handbook/on-call-rota.md\n' });
    expect(page.stderr).toContain(
      'Fill in: description (one sentence on what the page is for); owner (person ids from content/team.yaml).',
    );
    const lint = await handbook(root, 'lint', '--format', 'json', page.stdout.trim());
    expect(
      (JSON.parse(lint.stdout) as { message: string }[]).map(
        (diagnostic) => diagnostic.message.split(' ')[0],
      ),
    ).toEqual(['description', 'owner']);
  });

  it('supersedes an ADR written with CRLF line ends and a byte-order mark, keeping both', async () => {
    const root = await copyOfRepository();
    const lf = await readFile(path.join(root, SUPERSEDED), 'utf8');
    await writeFile(path.join(root, SUPERSEDED), `\uFEFF${lf.replaceAll('\n', '\r\n')}`);
    const run = await handbook(root, 'new', 'adr', 'Split the platform team', '--supersedes', '1');
    expect(run.code).toBe(0);
    const id = path.basename(run.stdout.trim(), '.md');
    const expected = lf
      .replace(/^status: \w+\n/m, `status: superseded\nsuperseded-by: ${id}\n`)
      .replace(/^date: .*$/m, 'date: 2026-11-24');
    expect(await readFile(path.join(root, SUPERSEDED), 'utf8')).toBe(
      `\uFEFF${expected.replaceAll('\n', '\r\n')}`,
    );
  });

  it('supersedes an ADR by number, setting its status, superseded-by and date without touching the rest of its file', async () => {
    const root = await copyOfRepository();
    const before = await readFile(path.join(root, SUPERSEDED), 'utf8');
    const run = await handbook(
      root,
      'new',
      'adr',
      'Split the platform team',
      '--supersedes',
      '1',
      '--decision-makers',
      'charles',
    );
    expect(run.code).toBe(0);
    const id = path.basename(run.stdout.trim(), '.md');
    const after = await readFile(path.join(root, SUPERSEDED), 'utf8');
    expect(after).toBe(
      before
        .replace(/^status: \w+\n/m, `status: superseded\nsuperseded-by: ${id}\n`)
        .replace(/^date: .*$/m, 'date: 2026-11-24'),
    );
    expect(await readFile(path.join(root, run.stdout.trim()), 'utf8')).toContain(
      `supersedes:\n  - 0001-store-reports-in-postgres\n`,
    );
    await fillPlaceholders(root, run.stdout.trim());
    expect(await handbook(root, 'lint')).toMatchObject({ code: 0 });
  });

  it('edits the superseded ADR in place, keeping its comments and CRLF line ends, and dates it today', async () => {
    const root = await copyOfRepository();
    await edit(root, SUPERSEDED, /^status: \w+\n/m, "status: 'accepted' # decided in March\n");
    await writeFile(
      path.join(root, SUPERSEDED),
      (await readFile(path.join(root, SUPERSEDED), 'utf8')).replaceAll('\n', '\r\n'),
    );
    const run = await handbook(
      root,
      'new',
      'adr',
      'Another shape',
      '--supersedes',
      '0001-store-reports-in-postgres',
    );
    const after = await readFile(path.join(root, SUPERSEDED), 'utf8');
    expect(after).toContain(
      `status: superseded # decided in March\r\nsuperseded-by: ${path.basename(run.stdout.trim(), '.md')}\r\n`,
    );
    expect(after).toContain('date: 2026-11-24\r\n');
    expect(after.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('refuses to supersede an ADR that is already superseded, naming the ADR that did, and writes nothing', async () => {
    const root = await copyOfRepository();
    const first = await handbook(
      root,
      'new',
      'adr',
      'Use Kafka',
      '--supersedes',
      '1',
      '--decision-makers',
      'charles',
    );
    expect(first.code).toBe(0);
    const before = await readFile(path.join(root, SUPERSEDED), 'utf8');
    const second = await handbook(root, 'new', 'adr', 'Use NATS', '--supersedes', '1');
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(
      `${SUPERSEDED} is already superseded by ${path.basename(first.stdout.trim(), '.md')}`,
    );
    expect(await readFile(path.join(root, SUPERSEDED), 'utf8')).toBe(before);
    expect((await readdir(path.join(root, 'adr'))).some((name) => name.includes('use-nats'))).toBe(
      false,
    );
  });

  it('refuses a person id that is not in the roster, suggesting the one meant, and writes nothing', async () => {
    const root = await copyOfRepository();
    const run = await handbook(root, 'new', 'adr', 'Cache reports', '--decision-makers', 'charls');
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain(
      '--decision-makers charls: no person has that id in content/team.yaml (did you mean charles?)',
    );
    expect(
      (await readdir(path.join(root, 'adr'))).some((name) => name.includes('cache-reports')),
    ).toBe(false);
    expect((await handbook(root, 'new', 'debt', 'Old cache', '--owner', 'nobody')).code).toBe(2);
  });

  it('says it is not inside a handbook repository instead of failing on a missing folder', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'handbook-outside-'));
    try {
      for (const argv of [['new', 'adr', 'X'], ['lint']]) {
        const run = await handbook(outside, ...argv);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(
          'not inside a handbook repository (no content/team.yaml found from',
        );
        expect(run.stderr).toContain('pass --root <dir>');
      }
      expect(await readdir(outside)).toEqual([]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('refuses to supersede an ADR that does not exist, writing nothing', async () => {
    const root = await copyOfRepository();
    const before = await readdir(path.join(root, 'adr'));
    const run = await handbook(root, 'new', 'adr', 'Orphan', '--supersedes', '77');
    expect(run).toMatchObject({
      code: 2,
      stderr: 'handbook: --supersedes 77: there is no such ADR in adr/.\n',
    });
    expect(await readdir(path.join(root, 'adr'))).toEqual(before);
  });
});
