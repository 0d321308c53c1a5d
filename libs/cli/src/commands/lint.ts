import { appendFile } from 'node:fs/promises';
import { loadRepository, type Diagnostic } from '@handbook/content';
import { CONTENT_PATHS, ROSTER_FILE } from '@handbook/schema';
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.ts';
import { FORMAT_NAMES, FORMATTERS, type FormatName } from '../format/index.ts';
import type { CliIo } from '../io.ts';
import { githubStepSummary } from '../format/github.ts';
import { readSources } from '../read-sources.ts';
import { changedFiles, stagedFiles } from '../changed-files.ts';
import { today } from '../clock.ts';
import { firstAddedAt } from '../git-added.ts';
import { fixDiff, planFixes, writeFixes, type FixedFile } from '../fix.ts';
import { plural } from '../plural.ts';
import { isWithin, repositoryPath } from '../repository-path.ts';

/** Options of `handbook lint`. */
export interface LintOptions {
  format: FormatName;
  /** Most warnings allowed before the exit code is 1; -1 for no limit. */
  maxWarnings: number;
  /** Report only on the files the branch changed (see `changedFiles`). */
  changed?: boolean;
  /** Report only on the files staged for the next commit (the pre-commit hook's mode). */
  staged?: boolean;
  /** The revision `changed` compares with; `origin/main`, else `main`, when absent. */
  base?: string;
  /** Apply every certain fix (`Diagnostic.replacements`) to the reported files, then report what is left. */
  fix?: boolean;
  /** Print the certain fixes as a unified diff and change nothing. */
  fixDryRun?: boolean;
  /** A GitHub Actions step summary file (`$GITHUB_STEP_SUMMARY`) that `--format github` appends every problem to. */
  stepSummary?: string;
}

/**
 * The exit code for a set of diagnostics: 1 on any error or on more warnings than
 * `maxWarnings` (when it is 0 or more), 0 otherwise.
 */
function lintExitCode(diagnostics: readonly Diagnostic[], maxWarnings: number): ExitCode {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? EXIT.problems : EXIT.ok;
}

/**
 * Runs `handbook lint`: reads the whole repository at `root` with the site's reader (references
 * need every file), keeps the diagnostics of the files under `paths` (all when none) and, with
 * `changed`, of the files the branch changed (counting the others on standard error), with
 * `staged`, of the files staged for commit (returning at once when none is content), prints
 * them in the chosen format (and, for `github` with `stepSummary`, appends every problem to the
 * step summary) and returns the exit code. Throws {@link UsageError} for a path outside
 * the repository or missing.
 */
export async function lint(
  root: string,
  paths: readonly string[],
  options: LintOptions,
  io: CliIo,
): Promise<ExitCode> {
  const selected = await Promise.all(paths.map((typed) => repositoryPath(root, io.cwd, typed)));
  const changed =
    options.staged === true
      ? await stagedFiles(root)
      : options.changed === true
        ? await changedFiles(root, options.base)
        : undefined;
  const isContent = (file: string) => CONTENT_PATHS.some((folder) => isWithin(file, folder));
  // Nothing of the content staged: the hook lets the commit through without reading anything.
  if (options.staged === true && ![...(changed ?? [])].some(isContent)) return EXIT.ok;
  const within = (file: string) =>
    (selected.length === 0 || selected.some((chosen) => isWithin(file, chosen))) &&
    (changed === undefined || changed.has(file));
  if (options.fix === true || options.fixDryRun === true)
    await fixRepository(root, options.fix === true, within, io);
  const repository = await loadRepository(root, {
    today: today(root, io.today),
    addedAt: (files) => firstAddedAt(root, files),
    threads: true,
    scanOnly: within,
  });
  const diagnostics = repository.diagnostics.filter((diagnostic) => within(diagnostic.file));
  const elsewhere = repository.diagnostics.length - diagnostics.length;
  if (options.changed === true && options.staged !== true && elsewhere > 0)
    io.stderr(
      `${elsewhere} more problem${elsewhere === 1 ? '' : 's'} in files this branch did not change (run without --changed to see them).\n`,
    );
  const checked = [...repository.files.map((listed) => listed.file), ROSTER_FILE].filter(within);
  if (selected.length > 0 && checked.length === 0 && diagnostics.length === 0)
    throw new UsageError(
      `${paths.join(', ')}: no content file there; handbook lint checks ${[...CONTENT_PATHS].join(', ')}.`,
    );
  const sources =
    options.format === 'stylish' ? await readSources(root, diagnostics) : new Map<string, string>();
  const report = {
    diagnostics,
    checkedFiles: checked.length,
    colour: io.colour,
    source: (file: string) => sources.get(file),
  };
  io.stdout(FORMATTERS[options.format](report));
  if (options.format === 'github' && options.stepSummary !== undefined)
    await appendFile(options.stepSummary, githubStepSummary(report));
  return lintExitCode(diagnostics, options.maxWarnings);
}

/** Passes of `--fix`: a fix can uncover another (tabs fixed, the YAML parses, a status typo shows). */
const FIX_PASSES = 5;

/**
 * Applies the certain fixes to the files `within` accepts, again while a pass finds more (at most
 * {@link FIX_PASSES}), and says on standard error what it fixed; with `write` false, prints the
 * first pass's diff on standard output instead and changes nothing.
 */
async function fixRepository(
  root: string,
  write: boolean,
  within: (file: string) => boolean,
  io: CliIo,
): Promise<void> {
  const files = new Set<string>();
  let problems = 0;
  for (let pass = 0; pass < FIX_PASSES; pass += 1) {
    const { diagnostics } = await loadRepository(root, {
      today: today(root, io.today),
      threads: true,
    });
    const fixed = await planFixes(
      root,
      diagnostics.filter((diagnostic) => within(diagnostic.file)),
    );
    if (fixed.length === 0) break;
    if (!write) {
      io.stdout(fixDiff(fixed));
      io.stderr(
        `--fix would fix ${plural(sum(fixed), 'problem')} in ${plural(fixed.length, 'file')}; nothing was written.\n`,
      );
      return;
    }
    await writeFixes(root, fixed);
    for (const { file } of fixed) files.add(file);
    problems += sum(fixed);
  }
  io.stderr(
    problems === 0
      ? 'Nothing to fix.\n'
      : `Fixed ${plural(problems, 'problem')} in ${plural(files.size, 'file')}.\n`,
  );
}

const sum = (fixed: readonly FixedFile[]) =>
  fixed.reduce((total, file) => total + file.problems, 0);

function parseMaxWarnings(text: string): number {
  if (!/^\d+$/.test(text))
    throw new InvalidArgumentError('Give a whole number of warnings, such as 0.');
  return Number(text);
}

/** Declares `handbook lint` on `program`; `run` receives the validated arguments. */
export function lintCommand(
  run: (paths: string[], options: LintOptions) => Promise<void>,
): Command {
  return new Command('lint')
    .description(
      'Check every content file: schema, references, identity, structure, time and safety rules.',
    )
    .argument(
      '[paths...]',
      'files or folders to report on (references are still resolved against the whole repository)',
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'),
    )
    .addOption(
      new Option('--max-warnings <count>', 'fail when there are more warnings than this')
        .argParser(parseMaxWarnings)
        .default(-1, 'no limit'),
    )
    .option(
      '--staged',
      'report only on files staged for the next commit (what the pre-commit hook runs)',
    )
    .option(
      '--changed',
      'report only on files this branch changed (and uncommitted ones); others are counted',
    )
    .option(
      '--fix',
      'fix the problems whose fix is certain (typos with one suggestion, tabs, headings, links), then report the rest',
    )
    .option('--fix-dry-run', 'print what --fix would change as a diff, and change nothing')
    .option(
      '--base <revision>',
      'with --changed: what the branch is compared with (default origin/main, else main)',
    )
    .addHelpText(
      'after',
      `
Exit codes: 0 no problems, 1 errors (or too many warnings), 2 the command was misused.

Examples:
  $ npx handbook lint                            check the whole repository
  $ npx handbook lint adr/0013-use-x.md          report on one file only
  $ npx handbook lint --format github            annotate a pull request in GitHub Actions (and fill $GITHUB_STEP_SUMMARY)
  $ npx handbook lint --changed --base origin/main  only what this branch changed
  $ npx handbook lint --fix-dry-run              show the certain fixes as a diff
  $ npx handbook lint --fix adr/0013-use-x.md    apply them to one file
  $ npx handbook lint --format sarif > lint.sarif   for GitHub code scanning
  $ npx handbook lint --format json > lint.json  one JSON array of diagnostics
  $ npx handbook lint --max-warnings 0           treat warnings (reviews past due) as failures`,
    )
    .action(async (paths: string[], options: LintOptions) =>
      run(paths, { ...options, stepSummary: process.env.GITHUB_STEP_SUMMARY }),
    );
}
