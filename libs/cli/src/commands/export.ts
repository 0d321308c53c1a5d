import { access } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_TYPES, hrefFor } from '@handbook/schema';
import { Command } from 'commander';
import { chromiumLaunchOptions } from '../chromium.ts';
import { UsageError } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { createFile, replaceFile } from '../write-file.ts';

/** Options of `handbook export deck`. */
export interface ExportOptions {
  pdf: string;
  notes?: boolean;
  site: string;
  force?: boolean;
}

/** Where the site build writes, relative to the repository root. */
const DEFAULT_SITE = 'apps/handbook/dist';

/**
 * Runs `handbook export deck <slug> --pdf <file>`: serves the built site, opens the deck in
 * Chromium with the print layout (one 1280×720 page per slide; speaker notes under each slide
 * with `notes`) and writes the PDF atomically. Never overwrites a file unless `force`. Throws
 * {@link UsageError} when the site is not built or has no such deck.
 */
export async function exportDeck(
  root: string,
  slug: string,
  options: ExportOptions,
  io: CliIo,
): Promise<void> {
  const site = path.resolve(root, options.site);
  await access(path.join(site, 'index.html')).catch(() => {
    throw new UsageError(
      `${options.site} holds no built site; build it first with \`npx nx run handbook:build\`.`,
    );
  });
  const target = path.resolve(io.cwd, options.pdf);
  // Loaded here, not with the CLI: a browser and a web server cost every other command a quarter of a second to import.
  const [{ chromium }, { serveStatic }] = await Promise.all([
    import('playwright'),
    import('../serve-static.ts'),
  ]);
  const server = await serveStatic(site);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}${hrefFor('deck', slug)}`);
    if (response === null || !response.ok())
      throw new UsageError(
        `${options.site} has no deck "${slug}"; the decks are the files of ${CONTENT_TYPES.deck.folder}/.`,
      );
    await page.emulateMedia({ media: 'print' });
    if (options.notes === true)
      await page.evaluate("document.documentElement.classList.add('print-notes')");
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    if (options.force === true) await replaceFile(target, pdf);
    else
      await createFile(
        target,
        pdf,
        options.pdf,
        'Pass --force to replace it, or name another file with --pdf.',
      );
    io.stdout(`${path.relative(io.cwd, target)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Declares `handbook export` and its `deck` subcommand; `run` receives the validated arguments. */
export function exportCommand(
  run: (slug: string, options: ExportOptions) => Promise<void>,
): Command {
  const deck = new Command('deck')
    .description(
      'Write a deck as a PDF, one page per slide, from the built site (Playwright and Chromium).',
    )
    .argument('<slug>', 'the deck, by its file name in content/decks/ without .mdx')
    .requiredOption('--pdf <file>', 'the PDF to write')
    .option('--notes', 'print the speaker notes under each slide')
    .option('--site <dir>', 'the built site', DEFAULT_SITE)
    .option('--force', 'overwrite the PDF if it exists')
    .addHelpText(
      'after',
      `
Examples:
  $ npx nx run handbook:build
  $ npx handbook export deck cto-technical-assessment --pdf assessment.pdf
  $ npx handbook export deck cto-technical-assessment --pdf notes.pdf --notes`,
    )
    .action(async (slug: string, options: ExportOptions) => run(slug, options));
  return new Command('export').description('Export content to other formats.').addCommand(deck);
}
