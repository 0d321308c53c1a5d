import { access } from 'node:fs/promises';
import path from 'node:path';
import { ROSTER_FILE } from '@handbook/schema';

/**
 * The repository root for a command run from `cwd`: the nearest folder at or above it that holds
 * the roster (`content/team.yaml`), so that `handbook` works from any subfolder as git does;
 * `cwd` itself when no folder above has one (lint then reports the missing roster).
 */
export async function findRepositoryRoot(cwd: string): Promise<string> {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const found = await access(path.join(folder, ROSTER_FILE)).then(
      () => true,
      () => false,
    );
    if (found) return folder;
    if (path.dirname(folder) === folder) return path.resolve(cwd);
  }
}
