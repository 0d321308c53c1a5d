import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURE_REPOSITORY, SITE_ROOT } from '../src/serve-built-site.ts';

/** What an author sees while writing: `astro dev` over a copy of the fixture repository with one broken ADR. */
const PORT = 4398;
const ORIGIN = `http://localhost:${PORT}`;
const ASTRO = path.resolve(SITE_ROOT, '../../node_modules/astro/bin/astro.mjs');
const BROKEN = 'adr/0001-use-queues.md';
const VALID = 'adr/0002-use-postgres.md';

let repository: string;
let server: ChildProcessWithoutNullStreams;
let terminal = '';

/** Replaces `search` by `replacement` in a file of the copy, as an author saving in an editor. */
async function save(file: string, search: string, replacement: string): Promise<void> {
  const absolute = path.join(repository, file);
  const text = await readFile(absolute, 'utf8');
  if (!text.includes(search)) throw new Error(`${search} is not in ${file}`);
  await writeFile(absolute, text.replace(search, replacement));
}

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  repository = await mkdtemp(path.join(tmpdir(), 'handbook-dev-'));
  await cp(FIXTURE_REPOSITORY, repository, { recursive: true });
  await save(BROKEN, 'status: accepted', 'status: acepted');
  server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(PORT)], {
    cwd: SITE_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      HANDBOOK_REPOSITORY: repository,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
  });
  server.stdout.on('data', (chunk: Buffer) => void (terminal += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => void (terminal += chunk.toString()));
  await expect.poll(() => terminal, { timeout: 60_000 }).toContain(`localhost:${PORT}`);
});

test.afterAll(async () => {
  server.kill();
  await rm(repository, { recursive: true, force: true });
});

test('a broken file starts the dev server and shows its problem at its address, once in the terminal', async ({
  page,
}) => {
  await page.goto(`${ORIGIN}/adr/0001-use-queues/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('could not be built');
  const problem = page.locator(`[data-problems="${BROKEN}"] li`).first();
  await expect(problem).toContainText(`${BROKEN}:3:9`);
  await expect(problem).toContainText('found "acepted"');
  await expect(problem).toContainText('Did you mean accepted?');
  await expect(problem).toContainText('schema/invalid-field');
  await page.goto(`${ORIGIN}/adr/0002-use-postgres/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Use Postgres');
  expect(terminal.split(`${BROKEN}:3:9 error`).length - 1).toBe(1);
});

test('fixing the file clears the problem on the next save; breaking another shows it, and the server stays up', async ({
  page,
}) => {
  await save(BROKEN, 'status: acepted', 'status: accepted');
  await page.goto(`${ORIGIN}/adr/0001-use-queues/`);
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Use queues', {
      timeout: 1_000,
    });
  }).toPass({ timeout: 30_000 });

  await save(VALID, 'title: Use Postgres', 'title: [Use Postgres');
  await page.goto(`${ORIGIN}/adr/0002-use-postgres/`);
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('main')).toContainText(`${VALID}:2:`, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page.goto(`${ORIGIN}/problems/`);
  await expect(page.getByRole('main')).toContainText(VALID);
  expect(server.exitCode).toBeNull();
});
