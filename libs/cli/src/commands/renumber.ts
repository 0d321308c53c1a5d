import { readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { listContentFiles, type ListedFile } from '@handbook/content';
import { ROSTER_FILE } from '@handbook/schema';
import { Command } from 'commander';
import { UsageError } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { repositoryPath } from '../repository-path.ts';
import { createFile, replaceFile } from '../write-file.ts';

/** Options of `handbook adr renumber`. */
export interface RenumberOptions {
  dryRun?: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every whole-word occurrence of an id: not part of a longer id on either side. */
const occurrences = (id: string) => new RegExp(`(?<![a-z0-9-])${escape(id)}(?![a-z0-9-])`, 'g');

/** The 1-based lines of `text` on which `pattern` matches. */
function linesMatching(text: string, pattern: RegExp): number[] {
  return text
    .split('\n')
    .flatMap((line, index) => (new RegExp(pattern.source).test(line) ? [index + 1] : []));
}

/**
 * Runs `handbook adr renumber <file>`: moves the ADR to the next free number of its log (after
 * every ADR file of that log, valid or not) and rewrites every reference to its id across the repository (front
 * matter ids and body links alike), printing each change; with `dryRun`, prints the plan only.
 * Writes are atomic per file and the new name never overwrites one. Throws {@link UsageError}
 * when `file` is not an ADR of the repository.
 */
export async function renumberAdr(
  root: string,
  typed: string,
  options: RenumberOptions,
  io: CliIo,
): Promise<void> {
  const file = await repositoryPath(root, io.cwd, typed);
  const { files } = await listContentFiles(root);
  const moving = files.find((listed) => listed.file === file && listed.type === 'adr');
  if (moving === undefined)
    throw new UsageError(`${typed} is not an ADR file named NNNN-kebab-title.md in adr/.`);
  const inLog = files.filter((listed) => listed.type === 'adr' && listed.log === moving.log);
  const next =
    Math.max(...inLog.flatMap((listed) => (listed.number === undefined ? [] : [listed.number]))) +
    1;
  const name = `${String(next).padStart(4, '0')}${moving.id.slice(moving.id.lastIndexOf('/') + 5)}`;
  const newFile = `${path.posix.dirname(moving.file)}/${name}${path.posix.extname(moving.file)}`;
  // The file name, not the id: links within a log name `0010-x.md`, ids elsewhere `log/0010-x`.
  const oldName = moving.id.slice(moving.id.lastIndexOf('/') + 1);
  const pattern = occurrences(oldName);
  const oldNumber = oldName.slice(0, 4);
  // "ADR 0010" as a link's text names the old number too: it follows the link's target.
  const linkText = new RegExp(
    `\\[([^\\]]*?\\bADR[ -]?)0*${Number(oldNumber)}\\b([^\\]]*\\]\\([^)]*?${escape(oldName)})`,
    'g',
  );

  const rewrites: { file: string; text: string; lines: number[] }[] = [];
  for (const listed of [...files, { file: ROSTER_FILE } as Pick<ListedFile, 'file'>]) {
    const text = await readFile(path.join(root, listed.file), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const lines = linesMatching(text, pattern);
    const rewritten = text.replace(linkText, `[$1${name.slice(0, 4)}$2`).replace(pattern, name);
    if (lines.length > 0 || listed.file === moving.file)
      rewrites.push({ file: listed.file, text: rewritten, lines });
  }

  const verb = options.dryRun === true ? 'would move' : 'moved';
  const report = [`${moving.file} ${verb} to ${newFile}`];
  for (const { file: changed, lines } of rewrites) {
    for (const line of lines) report.push(`${changed}:${line} ${oldName} → ${name}`);
  }
  if (options.dryRun !== true) {
    const own = rewrites.find((rewrite) => rewrite.file === moving.file);
    await createFile(path.join(root, newFile), own?.text ?? '', newFile);
    await unlink(path.join(root, moving.file));
    for (const rewrite of rewrites)
      if (rewrite.file !== moving.file)
        await replaceFile(path.join(root, rewrite.file), rewrite.text);
  }
  io.stdout(`${report.join('\n')}\n`);
}

/** Declares `handbook adr` and its `renumber` subcommand; `run` receives the validated arguments. */
export function adrCommand(
  run: (file: string, options: RenumberOptions) => Promise<void>,
): Command {
  const renumber = new Command('renumber')
    .description(
      'Move an ADR to the next free number and rewrite every reference to it (after parallel pull requests took the same number).',
    )
    .argument('<file>', 'the ADR file to move, such as adr/0013-use-x.md')
    .option('--dry-run', 'print the plan without changing any file')
    .addHelpText(
      'after',
      `
Examples:
  $ npx handbook adr renumber adr/0013-use-x.md --dry-run
  $ npx handbook adr renumber adr/0013-use-x.md`,
    )
    .action(async (file: string, options: RenumberOptions) => run(file, options));
  return new Command('adr')
    .description('Commands for Architecture Decision Records.')
    .addCommand(renumber);
}
