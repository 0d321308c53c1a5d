/**
 * The two waits of an author's loop (issue 21), each beside its baseline in the same run:
 *  1. `handbook lint` over `../shared/bench`'s 1,000 MADR-shaped ADRs (its `generate-adrs.mjs`,
 *     deciders renamed to decision-makers with roster ids, as its README says) beside that
 *     folder's floor (`lint-floor.mjs`: gray-matter + zod, one thread, no positions) over the
 *     same ADRs as generated; whole process, median of 3 in turn. Target: within 2x the floor.
 *  2. the pre-commit hook's `handbook lint --staged` with one staged ADR, on a git copy of this
 *     repository's content; median of 3. Target: under 1 s.
 */
import { execFile } from 'node:child_process';
import {
  access,
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CONTENT_PATHS } from '@handbook/schema';
import { measureProcess, medianOf } from './measure-process.ts';

const run = promisify(execFile);

/** The people `generate-adrs.mjs` names as deciders, as the roster ids the handbook needs. */
const personId = (name: string) => name.toLowerCase().replaceAll(' ', '-');

/** Renames every ADR's `deciders: ["Ada Lovelace", …]` to `decision-makers: [ada-lovelace, …]` and writes a roster of those people. */
async function asHandbookRepository(root: string): Promise<void> {
  const people = new Set<string>();
  const folder = path.join(root, 'adr');
  for (const name of await readdir(folder)) {
    const file = path.join(folder, name);
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace(/^deciders: (\[.*\])$/m, (_, list: string) => {
        const names = JSON.parse(list) as string[];
        for (const person of names) people.add(person);
        return `decision-makers: [${names.map(personId).join(', ')}]`;
      }),
    );
  }
  const roster = [...people].map(
    (person) =>
      `  - id: ${personId(person)}\n    name: ${person}\n    role: Engineer\n    team: core\n`,
  );
  const first = personId([...people][0] ?? 'ada-lovelace');
  await mkdir(path.join(root, 'content'), { recursive: true });
  await writeFile(
    path.join(root, 'content/team.yaml'),
    `teams:\n  - id: core\n    name: Core\n    manager: ${first}\npeople:\n${roster.join('')}`,
  );
}

/** Line 1 of the two figures, or a line saying why it was skipped. */
async function benchAgainstSharedFloor(repositoryRoot: string, handbook: string): Promise<void> {
  const shared = path.resolve(repositoryRoot, '../shared/bench');
  if (
    !(await access(path.join(shared, 'lint-floor.mjs')).then(
      () => true,
      () => false,
    ))
  ) {
    console.log(`handbook lint against ../shared/bench's floor: skipped, ${shared} is not there.`);
    return;
  }
  const work = await mkdtemp(path.join(tmpdir(), 'handbook-shared-bench-'));
  // The floor's own imports (gray-matter, zod) resolve from this folder's node_modules.
  const floor = path.join(repositoryRoot, 'scripts/bench/node_modules/.shared-lint-floor.mjs');
  try {
    await copyFile(path.join(shared, 'lint-floor.mjs'), floor);
    const generate = (out: string) =>
      run(process.execPath, [path.join(shared, 'generate-adrs.mjs'), '1000', out]);
    await generate(path.join(work, 'floor'));
    await generate(path.join(work, 'handbook/adr'));
    await asHandbookRepository(path.join(work, 'handbook'));
    const lint = await medianOf(3, () =>
      measureProcess(process.execPath, [handbook, 'lint', '--format', 'json'], {
        cwd: path.join(work, 'handbook'),
      }),
    );
    const bare = await medianOf(3, () =>
      measureProcess(process.execPath, [floor, path.join(work, 'floor')], { cwd: repositoryRoot }),
    );
    const problems = (JSON.parse(lint.stdout) as unknown[]).length;
    const ratio = lint.seconds / bare.seconds;
    console.log(
      `handbook lint over ../shared/bench's 1,000 ADRs, whole process, median of 3 in turn: ${lint.seconds.toFixed(2)} s (${problems} problems: superseded ADRs without superseded-by); ` +
        `its floor (gray-matter + zod) ${bare.seconds.toFixed(2)} s; ratio ${ratio.toFixed(1)}x (target 2x: ${ratio <= 2 ? 'met' : 'MISSED'})`,
    );
  } finally {
    await rm(floor, { force: true });
    await rm(work, { recursive: true, force: true });
  }
}

/** Line 2: the pre-commit hook's lint on a git copy of this repository's content with one ADR staged. */
async function benchStagedLint(repositoryRoot: string, handbook: string): Promise<void> {
  const copy = await mkdtemp(path.join(tmpdir(), 'handbook-hook-bench-'));
  try {
    for (const folder of CONTENT_PATHS) {
      await cp(path.join(repositoryRoot, folder), path.join(copy, folder), {
        recursive: true,
      }).catch(() => undefined);
    }
    const git = (...args: string[]) =>
      run('git', [
        '-C',
        copy,
        '-c',
        'user.email=bench@example.org',
        '-c',
        'user.name=Bench',
        ...args,
      ]);
    await git('init', '-q');
    await git('add', '.');
    await git('commit', '-q', '-m', 'content');
    const adr = (await readdir(path.join(copy, 'adr'))).find((name) => name.endsWith('.md'));
    if (adr === undefined) throw new Error('this repository has no ADR to stage');
    await writeFile(
      path.join(copy, 'adr', adr),
      `${await readFile(path.join(copy, 'adr', adr), 'utf8')}\nEdited.\n`,
    );
    await git('add', path.join('adr', adr));
    const staged = await medianOf(3, () =>
      measureProcess(process.execPath, [handbook, 'lint', '--staged'], { cwd: copy }),
    );
    console.log(
      `pre-commit hook (handbook lint --staged, one ADR staged, this repository's content), whole process, median of 3: ` +
        `${staged.seconds.toFixed(2)} s (target 1 s: ${staged.seconds <= 1 ? 'met' : 'MISSED'})`,
    );
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** Prints both lines. */
export async function benchAuthorLoop(repositoryRoot: string): Promise<void> {
  const handbook = path.join(repositoryRoot, 'libs/cli/src/bin.ts');
  await benchAgainstSharedFloor(repositoryRoot, handbook);
  await benchStagedLint(repositoryRoot, handbook);
}
