import { UsageError } from './exit-codes.ts';
import { gitLines } from './git.ts';

/** The bases `lint --changed` tries when none is given: the remote main branch, then the local one. */
const DEFAULT_BASES = ['origin/main', 'main'];

/**
 * The files the current branch changed: those changed between where it left `base` and HEAD
 * (`git diff base...HEAD`), those changed since HEAD (staged or not) and new untracked ones, as
 * paths relative to `root`, `/`-separated. Input: the repository root and a revision, or
 * `undefined` for `origin/main`, else `main`. Throws {@link UsageError} when `root` is not in a
 * git checkout or no base resolves.
 */
export async function changedFiles(root: string, base: string | undefined): Promise<Set<string>> {
  const candidates = base === undefined ? DEFAULT_BASES : [base];
  let resolved: string | undefined;
  for (const candidate of candidates) {
    const found = await gitLines(
      root,
      'rev-parse',
      '--verify',
      '--quiet',
      `${candidate}^{commit}`,
    ).catch(() => []);
    if (found.length > 0) {
      resolved = candidate;
      break;
    }
  }
  if (resolved === undefined)
    throw new UsageError(
      `--changed: ${candidates.join(' or ')} is not a revision of a git checkout at ${root}; pass --base <revision>.`,
    );
  const lists = await Promise.all([
    gitLines(root, 'diff', '--relative', '--name-only', '--no-renames', `${resolved}...HEAD`),
    gitLines(root, 'diff', '--relative', '--name-only', '--no-renames', 'HEAD'),
    gitLines(root, 'ls-files', '--others', '--exclude-standard'),
  ]);
  return new Set(lists.flat());
}

/**
 * The files staged for the next commit (added, copied, modified or renamed; not deleted), as
 * paths relative to `root`. Throws {@link UsageError} when `root` is not in a git checkout.
 */
export async function stagedFiles(root: string): Promise<Set<string>> {
  const staged = await gitLines(
    root,
    'diff',
    '--cached',
    '--relative',
    '--name-only',
    '--diff-filter=ACMR',
  ).catch(() => {
    throw new UsageError(`--staged: ${root} is not in a git checkout.`);
  });
  return new Set(staged);
}
