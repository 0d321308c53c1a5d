import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

const run = promisify(execFile);
const siteRoot = path.resolve(fileURLToPath(import.meta.url), '../..');
const repositoryRoot = path.resolve(siteRoot, '../..');
const astro = path.join(repositoryRoot, 'node_modules/astro/bin/astro.mjs');
/** The invented repository of the browser tests: its ADR 0001 is broken in a copy, so no edit of the organisation's content moves the lines this test expects. */
const FIXTURE = path.join(repositoryRoot, 'apps/handbook-e2e/fixtures/repository');
const BROKEN_ADR = 'adr/0001-use-queues.md';

let copy: string;

beforeAll(async () => {
  copy = await mkdtemp(path.join(tmpdir(), 'handbook-bad-content-'));
  await cp(FIXTURE, copy, { recursive: true });
  const text = await readFile(path.join(copy, BROKEN_ADR), 'utf8');
  await writeFile(
    path.join(copy, BROKEN_ADR),
    text.replace(
      'decision-makers:\n  - ada',
      'decision-makers:\n  - adda\nrelated:\n  - 0002-use-postgress',
    ),
  );
});

afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

it('fails the site build on content with unknown references, naming file, line, field and value', async () => {
  const build = run(process.execPath, [astro, 'build', '--outDir', path.join(copy, 'dist')], {
    cwd: siteRoot,
    env: {
      ...process.env,
      HANDBOOK_REPOSITORY: copy,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
  });
  const failure = await build.then(
    () => undefined,
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(failure?.code).toBe(1);
  const output = `${failure?.stdout}${failure?.stderr}`;
  expect(output).toContain(
    `${BROKEN_ADR}:6:5 error decision-makers[0] names "adda", who is not a person in content/team.yaml.`,
  );
  expect(output).toContain(
    `${BROKEN_ADR}:8:5 error related[0] names "0002-use-postgress", which is no content in this repository.`,
  );
}, 60_000);

it('publishes every valid page and the problems of the broken one in a lenient build (HANDBOOK_LENIENT=1)', async () => {
  const out = path.join(copy, 'dist-lenient');
  await run(process.execPath, [astro, 'build', '--outDir', out], {
    cwd: siteRoot,
    env: {
      ...process.env,
      HANDBOOK_REPOSITORY: copy,
      HANDBOOK_LENIENT: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
  });
  const broken = await readFile(path.join(out, 'adr/0001-use-queues/index.html'), 'utf8');
  expect(broken).toContain('This page could not be built');
  expect(broken).toContain(`${BROKEN_ADR}:6:5`);
  expect(broken).toContain('names &quot;adda&quot;, who is not a person in content/team.yaml.');
  expect(await readFile(path.join(out, 'adr/0002-use-postgres/index.html'), 'utf8')).toContain(
    'Use Postgres',
  );
  const problems = await readFile(path.join(out, 'problems/index.html'), 'utf8');
  expect(problems).toContain('2 errors');
  expect(problems).toContain(`href="/adr/0001-use-queues/"`);
}, 60_000);

it('names the content file and line of a link to a site path that nothing publishes', async () => {
  const repository = await mkdtemp(path.join(tmpdir(), 'handbook-dead-link-'));
  try {
    await cp(FIXTURE, repository, { recursive: true });
    const adr = path.join(repository, 'adr/0002-use-postgres.md');
    const text = await readFile(adr, 'utf8');
    await writeFile(
      adr,
      text.replace('## Context\n', '## Context\n\nSee [the runbook](/playbooks/restart/).\n'),
    );
    const line =
      (await readFile(adr, 'utf8')).split('\n').indexOf('See [the runbook](/playbooks/restart/).') +
      1;
    const failure = await run(
      process.execPath,
      [astro, 'build', '--outDir', path.join(repository, 'dist')],
      {
        cwd: siteRoot,
        env: {
          ...process.env,
          HANDBOOK_REPOSITORY: repository,
          ASTRO_TELEMETRY_DISABLED: '1',
          FORCE_COLOR: '0',
        },
      },
    ).then(
      () => undefined,
      (error: { stdout: string; stderr: string }) => `${error.stdout}${error.stderr}`,
    );
    expect(failure).toContain(
      `adr/0002-use-postgres.md:${line}: /playbooks/restart/ (no page is built at this path), on /adr/0002-use-postgres/`,
    );
  } finally {
    await rm(repository, { recursive: true, force: true });
  }
}, 60_000);
