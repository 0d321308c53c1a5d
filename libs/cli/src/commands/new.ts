import { readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import {
  listContentFiles,
  parseMarkdownFile,
  readRoster,
  suggest,
  type ListedFile,
} from '@handbook/content';
import { CONTENT_TYPES, isId, ROSTER_FILE, SEVERITIES, type Severity } from '@handbook/schema';
import { Argument, Command, Option } from 'commander';
import { parse } from 'yaml';
import { today } from '../clock.ts';
import { UsageError } from '../exit-codes.ts';
import { setFrontMatterFields } from '../front-matter-edit.ts';
import type { CliIo } from '../io.ts';
import { slugify } from '../slug.ts';
import { draftFor, draftText, NEW_TYPES, type Draft, type NewType } from '../templates.ts';
import { createFile, replaceFile } from '../write-file.ts';

/** Options of `handbook new`. */
export interface NewOptions {
  decisionMakers?: string;
  severity?: Severity;
  owner?: string;
  supersedes?: string;
  log?: string;
}

/** The ADR numbered `reference` ("12", "0012" or its id) among `files` of the log `log`; throws {@link UsageError} when none or several. */
function adrToSupersede(
  files: readonly ListedFile[],
  reference: string,
  log: string | undefined,
): ListedFile {
  const adrs = files.filter((file) => file.type === 'adr' && file.log === log);
  const matches = /^\d+$/.test(reference)
    ? adrs.filter((file) => file.number === Number(reference))
    : adrs.filter((file) => file.id === reference);
  if (matches.length === 0)
    throw new UsageError(
      `--supersedes ${reference}: there is no such ADR in adr/${log === undefined ? '' : `${log}/`}.`,
    );
  if (matches.length > 1) {
    throw new UsageError(
      `--supersedes ${reference}: ${matches.map((file) => file.file).join(' and ')} share that number; resolve it first with \`npx handbook adr renumber ${matches.at(-1)?.file ?? ''}\`.`,
    );
  }
  return matches[0] as ListedFile;
}

/**
 * Checks person ids given on the command line against the roster before anything is written.
 * Throws {@link UsageError} naming the option, the unknown id and, when one is close, the id meant.
 */
async function checkPeople(root: string, option: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const known = (await readRoster(root)).roster?.people.map((person) => person.id) ?? [];
  for (const id of ids) {
    if (known.includes(id)) continue;
    const meant = suggest(id, known);
    throw new UsageError(
      `${option} ${id}: no person has that id in ${ROSTER_FILE}${meant === undefined ? '' : ` (did you mean ${meant}?)`}; nothing was written.`,
    );
  }
}

/**
 * The id of the ADR that already supersedes the one in `text`, if any: a record is superseded
 * once, and superseding it again would silently replace that link.
 */
function supersededAlready(text: string): string | undefined {
  const source = parseMarkdownFile(text).frontmatter?.source;
  try {
    const data: unknown = source === undefined ? undefined : parse(source);
    const by =
      typeof data === 'object' && data !== null
        ? (data as Record<string, unknown>)['superseded-by']
        : undefined;
    return typeof by === 'string' ? by : undefined;
  } catch {
    return undefined;
  }
}

/** What `handbook new` would write: the new file and its text, and the edit of a superseded ADR. */
export interface NewEntryPlan {
  /** The new file, repository-relative (`adr/0024-x.md`). */
  file: string;
  /** Its id (`0024-x`, or `platform/0003-x` in a log of its own). */
  id: string;
  /** The text it would hold. */
  text: string;
  draft: Draft;
  /** The superseded ADR's file and its text with status, superseded-by and date set. */
  superseded: { file: string; text: string } | undefined;
  /** Today, `YYYY-MM-DD`, as the draft dates it. */
  day: string;
}

/**
 * Plans `handbook new <type> <title>` without writing anything: the next entry of `type` from
 * its template (for ADRs the next free number in its log, counting every file of that log whose
 * name has one, valid or not) and, with `supersedes`, the edit that marks that ADR superseded.
 * Throws {@link UsageError} on a title without letters, an option the type does not take, a
 * person not on the roster, or an ADR already superseded.
 */
export async function planNewEntry(
  root: string,
  type: NewType,
  title: string,
  options: NewOptions,
  io: Pick<CliIo, 'today' | 'now'>,
): Promise<NewEntryPlan> {
  const slug = slugify(title);
  if (slug === '')
    throw new UsageError(`The title "${title}" has no letter or digit to name the file after.`);
  if (options.supersedes !== undefined && type !== 'adr')
    throw new UsageError('--supersedes applies to ADRs only.');
  if (options.log !== undefined && type !== 'adr')
    throw new UsageError('--log applies to ADRs only.');
  if (options.log !== undefined && !isId('slug', options.log))
    throw new UsageError(
      `--log ${options.log}: a log is a folder below adr/ named in kebab-case, such as platform.`,
    );
  const log = options.log;
  const { files } = await listContentFiles(root);
  const numbers = files.flatMap((file) =>
    file.type === 'adr' && file.log === log && file.number !== undefined ? [file.number] : [],
  );
  const superseded =
    options.supersedes === undefined ? undefined : adrToSupersede(files, options.supersedes, log);
  const decisionMakers =
    options.decisionMakers
      ?.split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '') ?? [];
  await checkPeople(root, '--decision-makers', decisionMakers);
  await checkPeople(root, '--owner', options.owner === undefined ? [] : [options.owner]);
  const supersededText =
    superseded === undefined ? undefined : await readFile(path.join(root, superseded.file), 'utf8');
  const already = supersededText === undefined ? undefined : supersededAlready(supersededText);
  if (superseded !== undefined && already !== undefined)
    throw new UsageError(
      `--supersedes ${options.supersedes}: ${superseded.file} is already superseded by ${already}; supersede that ADR instead, or change ${superseded.file} by hand. Nothing was written.`,
    );
  const day = today(root, io.today);
  const draft = draftFor(type, {
    title: title.trim(),
    slug,
    today: day,
    now: io.now,
    nextNumber: Math.max(0, ...numbers) + 1,
    decisionMakers,
    severity: options.severity,
    owner: options.owner,
    supersedes: superseded?.id,
  });
  const { folder, extensions } = CONTENT_TYPES[type];
  const id = log === undefined ? draft.id : `${log}/${draft.id}`;
  const file = `${folder}/${id}${extensions[0]}`;
  // `date` is when a record last changed its status (MADR), so superseding it dates it today.
  const edited =
    superseded === undefined || supersededText === undefined
      ? undefined
      : setFrontMatterFields(superseded.file, supersededText, [
          { field: 'status', value: 'superseded' },
          { field: 'superseded-by', value: id, after: 'status' },
          { field: 'date', value: day, after: 'status' },
        ]);

  return {
    file,
    id,
    text: draftText(type, draft),
    draft,
    superseded:
      superseded === undefined || edited === undefined
        ? undefined
        : { file: superseded.file, text: edited },
    day,
  };
}

/**
 * Runs `handbook new <type> <title>`: writes the entry {@link planNewEntry} plans, prints its
 * path on standard output and what to fill in on standard error; with `supersedes`, also writes
 * the superseded ADR's edited front matter. Never overwrites: throws {@link UsageError} when the
 * file exists, leaving every file as it was.
 */
export async function newEntry(
  root: string,
  type: NewType,
  title: string,
  options: NewOptions,
  io: CliIo,
): Promise<void> {
  const { file, id, text, draft, superseded, day } = await planNewEntry(
    root,
    type,
    title,
    options,
    io,
  );
  const target = path.join(root, file);
  await createFile(target, text, file);
  if (superseded !== undefined) {
    try {
      await replaceFile(path.join(root, superseded.file), superseded.text);
    } catch (error) {
      await unlink(target);
      throw error;
    }
  }
  io.stdout(`${file}\n`);
  const guidance = [
    ...(superseded === undefined
      ? []
      : [`${superseded.file}: status superseded, superseded-by ${id}, date ${day}.`]),
    ...(draft.toFill.length === 0 ? [] : [`Fill in: ${draft.toFill.join('; ')}.`]),
    ...draft.notes,
    `Check it with: npx handbook lint ${file}`,
  ];
  io.stderr(`${guidance.join('\n')}\n`);
}

/** Declares `handbook new` on `program`; `run` receives the validated arguments. */
export function newCommand(
  run: (type: NewType, title: string, options: NewOptions) => Promise<void>,
): Command {
  return new Command('new')
    .description('Write a new entry from its template and print its path; never overwrites a file.')
    .addArgument(new Argument('<type>', 'what to write').choices(NEW_TYPES))
    .argument('<title>', 'the title, in quotes; the file name is made from it')
    .option('--decision-makers <ids>', 'ADR: comma-separated person ids from content/team.yaml')
    .option(
      '--supersedes <adr>',
      'ADR: number or id of the ADR this one supersedes; marks it superseded',
    )
    .addOption(new Option('--severity <level>', 'postmortem: the severity').choices(SEVERITIES))
    .option('--owner <id>', 'debt item or handbook page: the owner, a person id')
    .option(
      '--log <name>',
      'ADR: a decision log of its own, the folder adr/<name>/, numbered apart',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ npx handbook new adr "Move Redis queues to BullMQ" --decision-makers charles
  $ npx handbook new adr "Split the platform team" --supersedes 8
  $ npx handbook new adr "Pin Node 24" --log handbook
  $ npx handbook new incident "Render queue stalled" --severity SEV2
  $ npx handbook new debt "Terraform state drift" --owner charles
  $ npx handbook new page "Incident severity" --owner charles`,
    )
    .action(async (type: NewType, title: string, options: NewOptions) => run(type, title, options));
}
