import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach } from 'vitest';
import { runCli, type CliIo } from '../src/index.ts';

/** The repository this project lives in, for its committed files (schemas, editor settings, bin). */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A small invented repository that lints clean on the tests' day (fixtures/repository/README.md). */
const FIXTURE_REPOSITORY = fileURLToPath(new URL('fixtures/repository/', import.meta.url));

const created: string[] = [];

afterEach(async () => {
  await Promise.all(
    created.splice(0).map((folder) => rm(folder, { recursive: true, force: true })),
  );
});

/** A temporary copy of the fixture repository, for a test to change; removed after each test. */
export async function copyOfRepository(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'handbook-cli-'));
  created.push(root);
  await cp(FIXTURE_REPOSITORY, root, { recursive: true });
  return root;
}

/** Replaces `search` by `replacement` in a file of the copy; fails when `search` is absent. */
export async function edit(
  root: string,
  file: string,
  search: string | RegExp,
  replacement: string,
): Promise<void> {
  const absolute = path.join(root, file);
  const text = await readFile(absolute, 'utf8');
  const changed = text.replace(search, replacement);
  if (changed === text) throw new Error(`${String(search)} is not in ${file}`);
  await writeFile(absolute, changed);
}

/** What a command printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `handbook …argv` in-process from `cwd`, dated 2026-11-24, without colours. */
export async function handbook(cwd: string, ...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    colour: false,
    today: '2026-11-24',
    now: '2026-11-24T17:05:00+01:00',
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** Writes a sentence in place of every writing prompt (`<!-- Write the context here. -->`) `handbook new` left in a file. */
export async function fillPlaceholders(root: string, file: string): Promise<void> {
  await edit(root, file, /<!-- Write the (.+?) here\. -->/g, 'The $1, as the author wrote it.');
}

/** Runs git in `root` as a committer named CI, with the committer date `date` when given (ISO 8601). */
export async function git(root: string, args: readonly string[], date?: string): Promise<void> {
  const env =
    date === undefined
      ? process.env
      : { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date };
  await promisify(execFile)(
    'git',
    ['-C', root, '-c', 'user.email=ci@example.org', '-c', 'user.name=CI', ...args],
    { env },
  );
}
