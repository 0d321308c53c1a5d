import { access } from 'node:fs/promises';
import path from 'node:path';
import { ROSTER_FILE } from '@handbook/schema';
import { UsageError } from './exit-codes.ts';

/**
 * The repository root for a command run from `cwd`: the nearest folder at or above it that holds
 * the roster (`content/team.yaml`), so that `handbook` works from any subfolder as git does.
 * Throws {@link UsageError} when no folder from `cwd` up has one: the command is not run inside
 * a handbook repository (`--root` names one, whose missing roster lint then reports).
 */
export async function findRepositoryRoot(cwd: string): Promise<string> {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const found = await access(path.join(folder, ROSTER_FILE)).then(
      () => true,
      () => false,
    );
    if (found) return folder;
    if (path.dirname(folder) === folder)
      throw new UsageError(
        `not inside a handbook repository (no ${ROSTER_FILE} found from ${path.resolve(cwd)} up); run it in one, or pass --root <dir>.`,
      );
  }
}
