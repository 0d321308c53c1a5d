import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readHeadersFile } from '@handbook/content';
import { Command, Option } from 'commander';
import { caddyfileText, type CaddyAuth } from '../caddyfile.ts';
import { UsageError } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { createFile, replaceFile } from '../write-file.ts';

/** Options of `handbook caddyfile`. */
export interface CaddyfileOptions {
  /** The built site's folder. */
  site: string;
  auth: CaddyAuth['kind'];
  /** With `--auth forward`: the identity proxy's `host:port`. */
  identityProxy?: string;
  /** With `--auth basic`: the file of `name hash` lines. */
  users?: string;
  address: string;
  out?: string;
  force?: boolean;
}

/** The reader check the options ask for; throws {@link UsageError} when its own option is missing. */
function authOf(options: CaddyfileOptions, cwd: string): CaddyAuth {
  if (options.auth === 'forward') {
    if (options.identityProxy === undefined)
      throw new UsageError(
        '--auth forward needs --identity-proxy <host:port>, the address of oauth2-proxy or another identity proxy.',
      );
    return { kind: 'forward', identityProxy: options.identityProxy };
  }
  if (options.users === undefined)
    throw new UsageError(
      '--auth basic needs --users <file>, one "name hash" line per reader (the hash from `caddy hash-password`).',
    );
  return { kind: 'basic', usersFile: path.resolve(cwd, options.users) };
}

/**
 * Runs `handbook caddyfile`: reads the built site's `_headers` and writes a Caddyfile that serves
 * that folder only to readers the chosen check admits, with the same headers (see
 * `caddyfileText`). Prints it, or with `out` writes it (never over an existing file unless
 * `force`) and prints its path. Throws {@link UsageError} when the folder holds no `_headers`
 * (not built yet) or an option the check needs is missing.
 */
export async function writeCaddyfile(options: CaddyfileOptions, io: CliIo): Promise<void> {
  const siteFolder = path.resolve(io.cwd, options.site);
  const headersText = await readFile(path.join(siteFolder, '_headers'), 'utf8').catch(() => {
    throw new UsageError(
      `${options.site} holds no _headers: build the site first (npx nx run handbook:build), or name its folder with --site.`,
    );
  });
  const text = caddyfileText({
    siteFolder,
    address: options.address,
    headers: readHeadersFile(headersText),
    auth: authOf(options, io.cwd),
  });
  if (options.out === undefined) {
    io.stdout(text);
    return;
  }
  const target = path.resolve(io.cwd, options.out);
  if (options.force === true) await replaceFile(target, text);
  else await createFile(target, text, options.out, 'Pass --force to replace it.');
  io.stdout(`${options.out}\n`);
}

/** Declares `handbook caddyfile`; `run` receives the validated options. */
export function caddyfileCommand(run: (options: CaddyfileOptions) => Promise<void>): Command {
  return new Command('caddyfile')
    .description(
      'Write a Caddy configuration that serves the built handbook only to the organisation, with the headers of its _headers.',
    )
    .option('--site <dir>', 'the built site', 'apps/handbook/dist')
    .addOption(
      new Option('--auth <kind>', 'how readers are checked')
        .choices(['forward', 'basic'])
        .makeOptionMandatory(),
    )
    .option(
      '--identity-proxy <host:port>',
      "with --auth forward: the identity proxy (oauth2-proxy's address)",
    )
    .option(
      '--users <file>',
      'with --auth basic: one "name hash" line per reader, hashes from `caddy hash-password`',
    )
    .option(
      '--address <address>',
      'where Caddy listens: a port (:8080) or the site name (handbook.example.org, with automatic HTTPS)',
      ':8080',
    )
    .option('--out <file>', 'write the configuration to this file instead of printing it')
    .option('--force', 'with --out: replace an existing file')
    .addHelpText(
      'after',
      `
Examples:
  $ npx handbook caddyfile --auth forward --identity-proxy 127.0.0.1:4180 --address handbook.example.org --out deploy/Caddyfile
  $ npx handbook caddyfile --auth basic --users deploy/users > Caddyfile     basic auth for a small team

Regenerate it after each build: the Content-Security-Policy holds the hashes of the built scripts.
The recipes (oauth2-proxy, basic auth): deploy/README.md.`,
    )
    .action(async (options: CaddyfileOptions) => run(options));
}
