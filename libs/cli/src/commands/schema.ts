import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readRoster } from '@handbook/content';
import { jsonSchemaOf, SCHEMA_DOCUMENTS, type SchemaPerson } from '@handbook/schema';
import { Command } from 'commander';
import type { CliIo } from '../io.ts';
import { writeSchemaSettings } from '../vscode-settings.ts';
import { replaceFile } from '../write-file.ts';

/** Options of `handbook schema`. */
export interface SchemaOptions {
  out?: string;
  /** With `out`: also point the workspace's `.vscode/settings.json` at the schemas written. */
  vscode?: boolean;
}

/** The text of a generated schema file: two-space JSON and a final newline, as editors save it. */
const schemaText = (
  document: (typeof SCHEMA_DOCUMENTS)[number],
  people: readonly SchemaPerson[] | undefined,
) => `${JSON.stringify(jsonSchemaOf(document, { people }), null, 2)}\n`;

/** The roster's people when `root` has a valid roster, for the schemas to list; `undefined` otherwise. */
async function peopleOf(root: string | undefined): Promise<SchemaPerson[] | undefined> {
  const roster = root === undefined ? undefined : (await readRoster(root)).roster;
  return roster?.people.map(({ id, name }) => ({ id, name }));
}

/**
 * Runs `handbook schema`: with `out`, writes `<document>.schema.json` for every content type and
 * the roster into that folder (created when missing; a file is rewritten only when its text
 * changes, atomically) and prints each path; without, prints one JSON object of every schema by
 * document name. The schemas come from the zod schemas with each field's description and, when
 * `root` (the repository, if any) has a valid roster, its people's ids at every person field.
 */
export async function writeSchemas(
  root: string | undefined,
  options: SchemaOptions,
  io: CliIo,
): Promise<void> {
  const people = await peopleOf(root);
  if (options.out === undefined) {
    const all = Object.fromEntries(
      SCHEMA_DOCUMENTS.map((document) => [document, jsonSchemaOf(document, { people })]),
    );
    io.stdout(`${JSON.stringify(all, null, 2)}\n`);
    return;
  }
  const folder = path.resolve(io.cwd, options.out);
  await mkdir(folder, { recursive: true });
  for (const document of SCHEMA_DOCUMENTS) {
    const target = path.join(folder, `${document}.schema.json`);
    const text = schemaText(document, people);
    const before = await readFile(target, 'utf8').catch(() => undefined);
    if (before !== text) await replaceFile(target, text);
    io.stdout(`${path.relative(io.cwd, target)}${before === text ? ' (unchanged)' : ''}\n`);
  }
  if (options.vscode === true) {
    const workspace = root ?? io.cwd;
    const changed = await writeSchemaSettings(
      workspace,
      path.relative(workspace, folder).split(path.sep).join('/'),
    );
    io.stdout(
      `${path.relative(io.cwd, path.join(workspace, '.vscode/settings.json'))}${changed ? '' : ' (unchanged)'}\n`,
    );
  }
}

/** Declares `handbook schema`; `run` receives the validated options. */
export function schemaCommand(run: (options: SchemaOptions) => Promise<void>): Command {
  return new Command('schema')
    .description(
      'Write JSON Schema for every content type and the roster, from the zod schemas, for editors and other tools.',
    )
    .option(
      '--out <dir>',
      'write one <type>.schema.json per type into this folder instead of printing them',
    )
    .option(
      '--vscode',
      'with --out: point .vscode/settings.json at them (every data type and the roster), keeping other settings',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ npx handbook schema --out schemas --vscode  refresh the schemas and the settings VS Code reads them by
  $ npx handbook schema > schemas.json     every schema in one JSON object`,
    )
    .action(async (options: SchemaOptions) => run(options));
}
