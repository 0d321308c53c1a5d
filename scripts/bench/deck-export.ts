/**
 * The deck engine against Marp (issue 11), in one run on one machine: the PDF export of a 30-slide
 * deck from the built site (`handbook export deck`, whole process, Chromium start included)
 * beside Marp CLI's PDF export of the same 30 slides as Markdown; and the JavaScript the deck
 * page ships beside Marp's own slide runtime (bespoke.js and marp-core's browser script),
 * gzipped. Target: export within 1.5x of Marp; runtime under 10 KB gzipped.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CONTENT_PATHS } from '@handbook/schema';
import { measureProcess, medianOf } from './measure-process.ts';

const run = promisify(execFile);
const SLIDES = 30;
/** The bench's own packages (Marp CLI, the baseline), which `npm run bench` installs into `scripts/bench/node_modules`, out of the project's `npm ci`. */
const BENCH_MODULES = path.join(import.meta.dirname, 'node_modules');

/** The text of slide `n`: a heading, a paragraph and three points, as a typical deck slide. */
const slide = (n: number) =>
  `## Slide ${n}: what changes this quarter\n\nA paragraph of context for slide ${n}, long enough to wrap once on a wide screen.\n\n- First point of slide ${n}\n- Second point, with a figure: ${n * 7}%\n- Third point, and what it asks of the room`;

const deckMdx = () =>
  `---\ntitle: Thirty slides\nevent: Bench\ndate: 2026-11-24\npresenter: charles\nduration-minutes: 30\n---\n\n${Array.from({ length: SLIDES }, (_, index) => slide(index + 1)).join('\n\n---\n\n')}\n`;

const marpMarkdown = () =>
  `---\nmarp: true\n---\n\n${Array.from({ length: SLIDES }, (_, index) => slide(index + 1)).join('\n\n---\n\n')}\n`;

/** Gzipped bytes of every module script a built page loads, inline or from `/_astro/`. */
async function pageScriptBytes(site: string, page: string): Promise<number> {
  const html = await readFile(path.join(site, page), 'utf8');
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? '',
  );
  const external = await Promise.all(
    [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) =>
      readFile(path.join(site, match[1] ?? ''), 'utf8'),
    ),
  );
  return gzipSync([...inline, ...external].join('\n'), { level: 9 }).length;
}

/** Runs the comparison and prints it. */
export async function benchDeckExport(repositoryRoot: string): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'handbook-bench-deck-'));
  try {
    await Promise.all(
      CONTENT_PATHS.map((content) =>
        cp(path.join(repositoryRoot, content), path.join(work, content), { recursive: true }),
      ),
    );
    await writeFile(path.join(work, 'content/decks/thirty-slides.mdx'), deckMdx());
    await writeFile(path.join(work, 'thirty-slides.md'), marpMarkdown());
    const site = path.join(work, 'dist');
    await run(
      process.execPath,
      [path.join(repositoryRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', site],
      {
        cwd: path.join(repositoryRoot, 'apps/handbook'),
        env: { ...process.env, HANDBOOK_REPOSITORY: work, ASTRO_TELEMETRY_DISABLED: '1' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const handbook = path.join(repositoryRoot, 'libs/cli/src/bin.ts');
    const ours = await medianOf(3, () =>
      measureProcess(
        process.execPath,
        [
          handbook,
          '--root',
          work,
          'export',
          'deck',
          'thirty-slides',
          '--pdf',
          path.join(work, 'ours.pdf'),
          '--site',
          site,
          '--force',
        ],
        { cwd: work },
      ),
    );
    const marpEnv = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' };
    const marp = await medianOf(3, () =>
      measureProcess(
        path.join(BENCH_MODULES, '.bin/marp'),
        ['--no-stdin', '--pdf', '--allow-local-files', 'thirty-slides.md', '-o', 'marp.pdf'],
        { cwd: work, env: marpEnv },
      ),
    );
    const ratio = ours.seconds / marp.seconds;
    console.log(
      `deck PDF export, ${SLIDES} slides, whole process, median of 3: handbook ${ours.seconds.toFixed(2)} s, ${ours.peakMegabytes.toFixed(0)} MB; ` +
        `Marp CLI ${marp.seconds.toFixed(2)} s; ratio ${ratio.toFixed(2)}x (target 1.5x: ${ratio <= 1.5 ? 'met' : 'MISSED'})`,
    );
    const oursBytes = await pageScriptBytes(site, 'decks/thirty-slides/index.html');
    const marpFiles = ['@marp-team/marp-cli/lib/bespoke.js', '@marp-team/marp-core/lib/browser.js'];
    const marpBytes = gzipSync(
      (
        await Promise.all(marpFiles.map((file) => readFile(path.join(BENCH_MODULES, file), 'utf8')))
      ).join('\n'),
      { level: 9 },
    ).length;
    console.log(
      `deck page JavaScript, gzipped: ${(oursBytes / 1024).toFixed(1)} KB (runtime and theme toggle; target 10 KB: ${oursBytes <= 10 * 1024 ? 'met' : 'MISSED'}); ` +
        `Marp's slide runtime: ${(marpBytes / 1024).toFixed(1)} KB`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
