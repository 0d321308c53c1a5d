import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './exit-codes.ts';

/**
 * A path given on the command line as a repository-relative, `/`-separated path ('' for the root).
 * Input: the repository root, the working directory, the path as typed. Throws {@link UsageError}
 * when the path is outside the repository or does not exist.
 */
export async function repositoryPath(root: string, cwd: string, typed: string): Promise<string> {
  const absolute = path.resolve(cwd, typed);
  const relative = path.relative(root, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UsageError(`${typed} is outside the repository ${root}; give a path inside it.`);
  }
  try {
    await stat(absolute);
  } catch {
    throw new UsageError(
      `${typed} does not exist; give a content file or folder of the repository.`,
    );
  }
  return relative.split(path.sep).join('/');
}

/** Whether repository path `file` is `selected` itself or below it ('' selects everything). */
export function isWithin(file: string, selected: string): boolean {
  return selected === '' || file === selected || file.startsWith(`${selected}/`);
}
