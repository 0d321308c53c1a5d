import { git } from './git.ts';

/**
 * When git first added each of `files` (repository-relative, under `root`): the commit time in
 * seconds of the oldest commit that added it (`git log --diff-filter=A`). A file git has not
 * committed is left out (it is the newest); outside a git checkout the map is empty.
 */
export async function firstAddedAt(
  root: string,
  files: readonly string[],
): Promise<ReadonlyMap<string, number>> {
  const added = new Map<string, number>();
  const output = await git(
    root,
    'log',
    '--relative',
    '--diff-filter=A',
    '--no-renames',
    '--format=%x00%ct',
    '--name-only',
    '--',
    ...files,
  ).catch(() => '');
  for (const block of output.split('\0').slice(1)) {
    const [time = '', ...names] = block.split('\n').filter((line) => line !== '');
    // Newest commits come first: the last time seen for a file is when it was first added.
    for (const name of names) added.set(name, Number(time));
  }
  return added;
}
