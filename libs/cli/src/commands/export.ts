import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_TYPES, hrefFor } from '@handbook/schema';
import { Command } from 'commander';
import { chromiumLaunchOptions } from '../chromium.ts';
import { UsageError } from '../exit-codes.ts';
import type { SlideImage } from '../deck-images.ts';
import type { CliIo } from '../io.ts';
import { createFile, replaceFile } from '../write-file.ts';

/** Options of `handbook export deck`: at least one of `pdf`, `pptx` and `png`. */
export interface ExportOptions {
  pdf?: string;
  /** A PowerPoint file: each slide a full-bleed image, its speaker notes in the notes pane. */
  pptx?: string;
  /** A folder for one PNG per slide (`slide-01.png`…), 1280x720. */
  png?: string;
  notes?: boolean;
  site: string;
  force?: boolean;
}

/** Where the site build writes, relative to the repository root. */
const DEFAULT_SITE = 'apps/handbook/dist';

/** Writes `data` to `target` (as typed: `shown`), replacing a file only with `force`. */
async function writeOutput(
  target: string,
  data: string | Uint8Array,
  shown: string,
  force: boolean | undefined,
  option: string,
): Promise<void> {
  if (force === true) await replaceFile(target, data);
  else
    await createFile(target, data, shown, `Pass --force to replace it, or name another ${option}.`);
}

/**
 * Runs `handbook export deck <slug>`: serves the built site, opens the deck in Chromium and
 * writes what is asked: `--pdf`, the print layout (one 1280x720 page per slide; speaker notes
 * under each slide with `notes`); `--pptx`, a PowerPoint file with each slide as a full-bleed
 * image and its speaker notes in the notes pane (as Marp does); `--png`, one 1280x720 image per
 * slide in a folder. Every file is written atomically and none is overwritten unless `force`.
 * Throws {@link UsageError} when no output is named, the site is not built or has no such deck.
 */
export async function exportDeck(
  root: string,
  slug: string,
  options: ExportOptions,
  io: CliIo,
): Promise<void> {
  if (options.pdf === undefined && options.pptx === undefined && options.png === undefined)
    throw new UsageError('Name what to write: --pdf <file>, --pptx <file> or --png <folder>.');
  const site = path.resolve(root, options.site);
  await access(path.join(site, 'index.html')).catch(() => {
    throw new UsageError(
      `${options.site} holds no built site; build it first with \`npx nx run handbook:build\`.`,
    );
  });
  // Loaded here, not with the CLI: a browser and a web server cost every other command a quarter of a second to import.
  const [{ chromium }, { serveStatic }, { captureSlides }] = await Promise.all([
    import('playwright'),
    import('../serve-static.ts'),
    import('../deck-images.ts'),
  ]);
  const server = await serveStatic(site);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const deckUrl = `${server.url}${hrefFor('deck', slug)}`;
  try {
    const page = await browser.newPage();
    const response = await page.goto(deckUrl);
    if (response === null || !response.ok())
      throw new UsageError(
        `${options.site} has no deck "${slug}"; the decks are the files of ${CONTENT_TYPES.deck.folder}/.`,
      );
    if (options.pdf !== undefined) {
      await page.emulateMedia({ media: 'print' });
      if (options.notes === true)
        await page.evaluate("document.documentElement.classList.add('print-notes')");
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const target = path.resolve(io.cwd, options.pdf);
      await writeOutput(target, pdf, options.pdf, options.force, 'file with --pdf');
      io.stdout(`${path.relative(io.cwd, target)}\n`);
      await page.emulateMedia({ media: 'screen' });
    }
    if (options.pptx === undefined && options.png === undefined) return;
    const slides = await captureSlides(page, deckUrl);
    if (options.pptx !== undefined) {
      const target = path.resolve(io.cwd, options.pptx);
      await writeOutput(
        target,
        await powerPoint(slides),
        options.pptx,
        options.force,
        'file with --pptx',
      );
      io.stdout(`${path.relative(io.cwd, target)}\n`);
    }
    if (options.png !== undefined) {
      const folder = path.resolve(io.cwd, options.png);
      await mkdir(folder, { recursive: true });
      const digits = Math.max(2, String(slides.length).length);
      for (const [index, slide] of slides.entries()) {
        const name = `slide-${String(index + 1).padStart(digits, '0')}.png`;
        await writeOutput(
          path.join(folder, name),
          slide.png,
          path.join(options.png, name),
          options.force,
          'folder with --png',
        );
      }
      io.stdout(`${path.relative(io.cwd, folder)}/ (${slides.length} slides)\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * A PowerPoint file of the slides: 16:9, each slide one full-bleed image, its speaker notes in
 * the slide's notes pane. Built with `pptxgenjs`, loaded only when asked for.
 */
async function powerPoint(slides: readonly SlideImage[]): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_16x9';
  for (const { png, notes } of slides) {
    const slide = deck.addSlide();
    slide.addImage({
      data: `data:image/png;base64,${png.toString('base64')}`,
      x: 0,
      y: 0,
      w: '100%',
      h: '100%',
    });
    if (notes !== '') slide.addNotes(notes);
  }
  return (await deck.write({ outputType: 'uint8array' })) as Uint8Array;
}

/** Declares `handbook export` and its `deck` subcommand; `run` receives the validated arguments. */
export function exportCommand(
  run: (slug: string, options: ExportOptions) => Promise<void>,
): Command {
  const deck = new Command('deck')
    .description(
      'Write a deck as a PDF (one page per slide), a PowerPoint file (slides as images, speaker notes kept) or PNG images, from the built site (Playwright and Chromium).',
    )
    .argument('<slug>', 'the deck, by its file name in content/decks/ without .mdx')
    .option('--pdf <file>', 'the PDF to write')
    .option('--pptx <file>', 'the PowerPoint file to write')
    .option('--png <folder>', 'a folder for one PNG per slide')
    .option('--notes', 'PDF: print the speaker notes under each slide')
    .option('--site <dir>', 'the built site', DEFAULT_SITE)
    .option('--force', 'overwrite files that exist')
    .addHelpText(
      'after',
      `
Examples:
  $ npx nx run handbook:build
  $ npx handbook export deck cto-technical-assessment --pdf assessment.pdf
  $ npx handbook export deck cto-technical-assessment --pdf notes.pdf --notes
  $ npx handbook export deck cto-technical-assessment --pptx assessment.pptx --png slides`,
    )
    .action(async (slug: string, options: ExportOptions) => run(slug, options));
  return new Command('export').description('Export content to other formats.').addCommand(deck);
}
