import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { listContentFiles, readRoster } from '@handbook/content';
import { CONTENT_TYPES, isId } from '@handbook/schema';
import { Command, Option } from 'commander';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.ts';
import { findSources, type SourceFile } from '../import/find-sources.ts';
import { planImport } from '../import/plan-import.ts';
import { planPostmortemImport } from '../import/plan-postmortem-import.ts';
import type { PlannedFile } from '../import/planned-file.ts';
import type { CliIo } from '../io.ts';
import { createFile } from '../write-file.ts';

/** Options of `handbook import`. */
export interface ImportOptions {
  dryRun?: boolean;
  report?: string;
  type?: ImportType;
  log?: string;
}

/** What a folder holds: decision records or postmortems; `auto` tells them apart by their sections. */
const IMPORT_TYPES = ['auto', 'adr', 'postmortem'] as const;
type ImportType = (typeof IMPORT_TYPES)[number];

/** Postmortems have a timeline; ADRs do not. `auto` reads a folder as postmortems when most records have one. */
function looksLikePostmortems(sources: readonly SourceFile[]): boolean {
  const records = sources.filter((source) => source.kind === 'record');
  const withTimeline = records.filter((source) => /^#{1,3}\s*timeline\b/im.test(source.text ?? ''));
  return withTimeline.length * 2 > records.length;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** One line of the plan as printed: outcome, target and source, then each reason indented. */
function describe(file: PlannedFile): string {
  const head =
    file.target === null
      ? `${file.outcome.padEnd(22)} ${file.source}`
      : `${file.outcome.padEnd(22)} ${file.target} ← ${file.source}`;
  return [head, ...file.reasons.map((reason) => `    ${reason}`)].join('\n');
}

/**
 * Runs `handbook import <source>`: reads another team's ADR folder (adr-tools, MADR 2-4,
 * log4brains, Backstage; subfolders included) or postmortem folder and writes each record into
 * this repository's `adr/` or `incidents/`, printing one line per source file with every guess and changed link.
 * Never overwrites: when any target exists, nothing is written. With `dryRun`, prints the plan
 * only; with `report`, also writes it as JSON (`{ files: [{ source, target, outcome, reasons }] }`).
 * Output: {@link EXIT}.ok when every record was imported, `problems` when any was not. Throws
 * {@link UsageError} when the source is not a folder or the report file exists.
 */
export async function importRecords(
  root: string,
  sourceArgument: string,
  options: ImportOptions,
  io: CliIo,
): Promise<ExitCode> {
  const source = path.resolve(io.cwd, sourceArgument);
  if (!(await stat(source).catch(() => undefined))?.isDirectory())
    throw new UsageError(
      `${sourceArgument} is not a folder; pass the folder that holds the ADRs to import.`,
    );
  const reportFile =
    options.report === undefined ? undefined : path.resolve(io.cwd, options.report);
  if (reportFile !== undefined && (await exists(reportFile)))
    throw new UsageError(
      `${options.report} already exists; it was left as it is. Name another report file.`,
    );
  const [{ files }, roster, sources] = await Promise.all([
    listContentFiles(root),
    readRoster(root),
    findSources(source),
  ]);
  const postmortems =
    options.type === 'postmortem' || (options.type !== 'adr' && looksLikePostmortems(sources));
  if (options.log !== undefined && (postmortems || !isId('slug', options.log)))
    throw new UsageError(
      `--log ${options.log}: a decision log is a folder below adr/ named in kebab-case (such as platform), for ADRs only.`,
    );
  const log = options.log;
  const folder = postmortems
    ? CONTENT_TYPES.incident.folder
    : `${CONTENT_TYPES.adr.folder}${log === undefined ? '' : `/${log}`}`;
  const plan = postmortems
    ? planPostmortemImport(sources, folder)
    : planImport({
        sources,
        takenNumbers: files.flatMap((file) =>
          file.type === 'adr' && file.log === log && file.number !== undefined ? [file.number] : [],
        ),
        people: roster.roster?.people ?? [],
        folder,
        log,
      });
  const targets = plan.flatMap((file) => (file.target === null ? [] : [file.target]));
  const clashes = (
    await Promise.all(
      targets.map(async (target) => ((await exists(path.join(root, target))) ? [target] : [])),
    )
  ).flat();
  if (clashes.length > 0)
    throw new UsageError(
      `${clashes.join(', ')} already exist${clashes.length === 1 ? 's' : ''}; nothing was written. Import into a repository whose ADR numbers are free, or move those files first.`,
    );
  if (options.dryRun !== true) {
    for (const file of plan)
      if (file.target !== null && file.text !== undefined)
        await createFile(path.join(root, file.target), file.text, file.target);
  }
  io.stdout(`${plan.map(describe).join('\n')}\n`);
  const records = plan.filter((file) => file.record);
  const missed = records.filter((file) => file.outcome === 'not-imported').length;
  const guessed = plan.filter((file) => file.outcome === 'imported-with-guesses').length;
  io.stderr(
    `${options.dryRun === true ? 'Would import' : 'Imported'} ${records.length - missed} of ${records.length} records into ${folder}/ (${guessed} with guesses to check); ${plan.length - records.length} other files left out.${options.dryRun === true ? '' : `\nCheck them with: npx handbook lint ${folder}`}\n`,
  );
  if (reportFile !== undefined) {
    const report = {
      files: plan.map(({ source: from, target, outcome, reasons }) => ({
        source: from,
        target,
        outcome,
        reasons,
      })),
    };
    await createFile(reportFile, `${JSON.stringify(report, null, 2)}\n`, options.report);
  }
  return missed > 0 ? EXIT.problems : EXIT.ok;
}

/** Declares `handbook import`; `run` receives the validated arguments. */
export function importCommand(
  run: (source: string, options: ImportOptions) => Promise<void>,
): Command {
  return new Command('import')
    .description(
      "Import another team's ADRs (adr-tools, MADR, log4brains, Nygard) or postmortems into this handbook; never overwrites.",
    )
    .argument('<source-dir>', 'the folder holding the records to import (subfolders included)')
    .addOption(
      new Option('--type <type>', 'what the folder holds; auto reads postmortems by their timeline')
        .choices(IMPORT_TYPES)
        .default('auto'),
    )
    .option('--log <name>', 'ADRs: import into a decision log of its own, the folder adr/<name>/')
    .option('--dry-run', 'print the plan without writing any file')
    .option(
      '--report <file.json>',
      'also write the plan as JSON: every source file, its target, outcome and reasons',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ npx handbook import ../old-repo/doc/adr --dry-run
  $ npx handbook import ../old-repo/doc/adr --report import-report.json
  $ npx handbook import ../old-repo/postmortems --type postmortem
  $ npx handbook import ../payments/docs/adr --log payments   numbered apart, in adr/payments/

Exit status: 0 every record imported, 1 some record was not, 2 misuse or a file in the way.`,
    )
    .action(async (source: string, options: ImportOptions) => run(source, options));
}
