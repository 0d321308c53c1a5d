import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs `git -C root …args` and returns what it printed on standard output, whole. Rejects when
 * git fails or `root` is not in a checkout; callers say what that means for their command.
 */
export async function git(root: string, ...args: string[]): Promise<string> {
  return (await run('git', ['-C', root, ...args], { maxBuffer: 16 * 1024 * 1024 })).stdout;
}

/** {@link git}'s output as its non-empty lines (file lists). */
export async function gitLines(root: string, ...args: string[]): Promise<string[]> {
  return (await git(root, ...args)).split('\n').filter((line) => line !== '');
}
