import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** When each file of a repository last changed, from one pass over its git history. */
export interface FileHistory {
  /** Commit date (ISO 8601 with offset) of the last commit that touched each file, by repository-relative path. */
  lastUpdated: Map<string, string>;
  /** True when the clone is shallow: files last touched at its cut-off have no known date. */
  shallow: boolean;
}

async function git(root: string, ...args: string[]): Promise<string> {
  return (await run('git', ['-C', root, ...args], { maxBuffer: 256 * 1024 * 1024 })).stdout;
}

/**
 * Reads `git log` once for the whole repository at `root`. In a shallow clone the history stops
 * at cut-off commits that carry every older file as if it were new, so a file whose last commit
 * is a cut-off gets no date rather than a wrong one. Outside a git checkout (an export, a
 * tarball) every date is unknown. Input: the repository root. Output: the history; never throws.
 */
export async function readFileHistory(root: string): Promise<FileHistory> {
  try {
    const shallow = (await git(root, 'rev-parse', '--is-shallow-repository')).trim() === 'true';
    const cutOffs = shallow
      ? new Set(
          (
            await readFile(
              path.resolve(root, (await git(root, 'rev-parse', '--git-path', 'shallow')).trim()),
              'utf8',
            )
          )
            .split('\n')
            .filter(Boolean),
        )
      : new Set<string>();
    const log = await git(
      root,
      'log',
      '--format=%x00%H %cI',
      '--name-only',
      '--relative',
      '--no-renames',
      '--',
      '.',
    );
    const lastUpdated = new Map<string, string>();
    for (const commit of log.split('\0').slice(1)) {
      const [header = '', ...files] = commit.split('\n');
      const [hash = '', date = ''] = header.split(' ');
      // The log runs newest first, and a cut-off is the oldest commit a shallow clone has.
      if (cutOffs.has(hash)) continue;
      for (const file of files)
        if (file !== '' && !lastUpdated.has(file)) lastUpdated.set(file, date);
    }
    return { lastUpdated, shallow };
  } catch {
    return { lastUpdated: new Map(), shallow: false };
  }
}
