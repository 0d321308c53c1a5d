import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { caddyfileCommand, writeCaddyfile } from './commands/caddyfile.ts';
import { exportCommand, exportDeck } from './commands/export.ts';
import { hookCommand, installHook } from './commands/hook.ts';
import { importCommand, importRecords } from './commands/import.ts';
import { lint, lintCommand } from './commands/lint.ts';
import { mcpCommand, serveMcp } from './commands/mcp.ts';
import { newCommand, newEntry } from './commands/new.ts';
import { adrCommand, renumberAdr } from './commands/renumber.ts';
import { schemaCommand, writeSchemas } from './commands/schema.ts';
import { findRepositoryRoot } from './find-root.ts';
import { EXIT, UsageError, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';

/** Options every command takes. */
interface GlobalOptions {
  root?: string;
}

/**
 * Runs the `handbook` command line `argv` (arguments after the program name) with `io`, and
 * returns the exit code (see {@link EXIT}). Never throws: misuse and internal failures are
 * one-line messages on standard error with exit code 2, never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.ok;
  const program = new Command('handbook')
    .description(
      'Lint, create and publish the engineering handbook: ADRs, postmortems, debt items, scorecards, handbook pages.',
    )
    .option(
      '--root <dir>',
      'repository root (default: the nearest folder up from here holding content/team.yaml)',
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ npx handbook lint                                    check every content file, as CI does
  $ npx handbook new adr "Move Redis queues to BullMQ"   write the next ADR
  $ npx handbook new adr "Split the team" --supersedes 8 write it and mark ADR 0008 superseded
  $ npx handbook adr renumber adr/0013-x.md --dry-run    plan a renumbering after a number clash
  $ npx handbook import ../old-repo/doc/adr --dry-run     plan bringing another team's ADRs over
  $ npx handbook schema --out schemas                    refresh the JSON Schemas editors use
  $ npx handbook hook install                            lint staged content before each commit
  $ npx handbook mcp                                     serve the handbook to coding agents (MCP, stdio)
  $ npx handbook caddyfile --auth basic --users users    self-host the built site for the organisation only

Every command has --help with its own examples. The lint rules: /rules/ on the published handbook.`,
    );
  const root = async () => {
    const chosen = program.opts<GlobalOptions>().root;
    return chosen === undefined ? findRepositoryRoot(io.cwd) : path.resolve(io.cwd, chosen);
  };

  const add = (command: Command) => program.addCommand(command.copyInheritedSettings(program));
  add(
    lintCommand(async (paths, options) => {
      exitCode = await lint(await root(), paths, options, io);
    }),
  );

  add(
    newCommand(async (type, title, options) => {
      await newEntry(await root(), type, title, options, io);
    }),
  );

  add(
    importCommand(async (source, options) => {
      exitCode = await importRecords(await root(), source, options, io);
    }),
  );

  add(
    schemaCommand(async (options) => {
      await writeSchemas(await root().catch(() => undefined), options, io);
    }),
  );
  const adr = adrCommand(async (file, options) => {
    await renumberAdr(await root(), file, options, io);
  });
  add(adr);
  for (const command of adr.commands) command.copyInheritedSettings(adr);
  const exporter = exportCommand(async (slug, options) => {
    await exportDeck(await root(), slug, options, io);
  });
  add(exporter);
  for (const command of exporter.commands) command.copyInheritedSettings(exporter);
  add(
    mcpCommand(async () => {
      await serveMcp(await root());
    }),
  );
  add(
    caddyfileCommand(async (options) => {
      await writeCaddyfile(options, io);
    }),
  );
  const hook = hookCommand(async (options) => {
    await installHook(await root(), options, io);
  });
  add(hook);
  for (const command of hook.commands) command.copyInheritedSettings(hook);

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      io.stderr(`handbook: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(
      `handbook: internal error, please report it: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT.usage;
  }
}
