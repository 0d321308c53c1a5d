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
