import { chmod, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { UsageError } from '../exit-codes.ts';
import { git } from '../git.ts';
import type { CliIo } from '../io.ts';
import { createFile, replaceFile } from '../write-file.ts';

/** Options of `handbook hook install`. */
export interface HookOptions {
  /** Replace a pre-commit hook that another tool wrote. */
  force?: boolean;
}

/** The line that marks a hook as this command's, so that installing again may replace it. */
const MARKER = '# handbook pre-commit hook';

/** This command's entry point, which the hook runs with the Node that installed it. */
const BIN = fileURLToPath(new URL('../bin.ts', import.meta.url));

/** A POSIX shell word: `text` in single quotes. */
const quoted = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * The hook's text: runs `handbook lint --staged` from the repository root with this Node and
 * this CLI (no `npx`, whose start-up alone takes most of a second), and says how to go on when
 * it fails.
 */
function hookText(root: string, gitTop: string): string {
  const rootFromTop = path.relative(gitTop, root) || '.';
  return `#!/bin/sh
${MARKER}: written by \`handbook hook install\`; delete this file to stop it.
# Lints the content files staged for this commit (as they are in the working tree).
${quoted(process.execPath)} ${quoted(BIN)} --root ${quoted(rootFromTop)} lint --staged || {
  echo "The handbook found problems in the staged files: fix them, or commit with --no-verify." >&2
  exit 1
}
`;
}

/**
 * Runs `handbook hook install`: writes git's pre-commit hook (in `core.hooksPath` when set, else
 * the repository's hooks folder) to lint the staged content files. Prints the hook's path.
 * Throws {@link UsageError} outside a git checkout, or when a pre-commit hook that this command
 * did not write exists and `force` is not set; that file is left as it is.
 */
export async function installHook(root: string, options: HookOptions, io: CliIo): Promise<void> {
  const [gitTop, hooks] = await Promise.all([
    git(root, 'rev-parse', '--show-toplevel').then((output) => output.trim()),
    git(root, 'rev-parse', '--git-path', 'hooks').then((output) => output.trim()),
  ]).catch(() => {
    throw new UsageError(
      `${root} is not in a git checkout; a pre-commit hook needs one (git init).`,
    );
  });
  const target = path.resolve(root, hooks, 'pre-commit');
  const text = hookText(root, gitTop);
  const existing = await readFile(target, 'utf8').catch(() => undefined);
  if (existing === undefined) {
    await createFile(target, text);
  } else if (existing.includes(MARKER) || options.force === true) {
    await replaceFile(target, text);
  } else {
    throw new UsageError(
      `${target} already exists and was not written by handbook; it was left as it is. Add "npx handbook lint --staged" to it, or pass --force to replace it.`,
    );
  }
  await chmod(target, 0o755);
  io.stdout(`${path.relative(io.cwd, target)}\n`);
}

/** Declares `handbook hook install`; `run` receives the validated options. */
export function hookCommand(run: (options: HookOptions) => Promise<void>): Command {
  const install = new Command('install')
    .description(
      "Write git's pre-commit hook to lint the staged content files before each commit (under a second here).",
    )
    .option('--force', 'replace a pre-commit hook another tool wrote')
    .addHelpText(
      'after',
      `
The hook runs this checkout's Node and handbook by their paths: install it again after moving the
checkout. \`git commit --no-verify\` skips it once.

Examples:
  $ npx handbook hook install`,
    )
    .action(async (options: HookOptions) => run(options));
  return new Command('hook').description('Git hooks.').addCommand(install);
}
