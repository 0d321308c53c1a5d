/**
 * `npm run bench [-- <ADR count>]`: how the handbook scales. Generates a repository of N ADRs of
 * about 600 words, N postmortems and N/5 debt items (default N = 1,000), then measures
 *  1. reading and checking it with @handbook/content (what the build and `handbook lint` do),
 *     median of 5 runs in this process, and
 *  2. cold static builds of the site from it (every page, search index, link check) in turn with
 *     builds of a plain Astro project over the same files (`plain-astro/`), whole process, wall
 *     time and peak resident memory, median of 3 each, and the ratio,
 *  3. `handbook lint` on 100, 1,000 and 5,000 ADRs plus as many postmortems, beside a bare floor,
 *     and on ../shared/bench's 1,000 ADRs beside that folder's floor, and the pre-commit hook's
 *     `lint --staged` (`author-loop.ts`),
 *  4. the PDF export of a 30-slide deck beside Marp CLI's, and the deck page's JavaScript beside Marp's,
 *  5. how long an edit to one ADR takes to show in `astro dev`, beside plain Astro's dev server,
 *  6. the weight of each kind of page of the generated site and of the handbook's own site:
 *     HTML and the JavaScript loaded with the page (budget: the theme toggle and the search box),
 *  7. rebuilding this repository's unchanged site through Nx's cache.
 * `npm run bench -- growth` instead builds the site at 100, 1,000, 5,000 and 10,000 documents;
 * `npm run bench -- author` measures only the author's loop (lint against ../shared's floor, the
 * hook, an edit shown by `astro dev`); `npm run bench -- build` only steps 1 and 2.
 * Prints the figures beside the targets; it never fails on a miss (targets are not timed tests).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRepository } from '@handbook/content';
import { median } from '@handbook/schema';
import { generateRepository, type RepositorySize } from './generate-repository.ts';
import { benchAuthorLoop } from './author-loop.ts';
import { benchDeckExport } from './deck-export.ts';
import { measureProcess, medianOf } from './measure-process.ts';
import { measureDevEdits } from './dev-edit.ts';
import { pageWeights, searchFirstUseBytes } from './page-weight.ts';

const repositoryRoot = path.resolve(fileURLToPath(import.meta.url), '../../..');
const siteRoot = path.join(repositoryRoot, 'apps/handbook');

/** Target for 1,000 ADRs + 1,000 postmortems + 200 debt items on the 2-core CI machine, scaled linearly. */
const TARGETS_PER_THOUSAND = { loadMilliseconds: 2_000 };

async function measureLoad(
  root: string,
): Promise<{ medianMilliseconds: number; entries: number; diagnostics: string[] }> {
  const timings: number[] = [];
  let result = await loadRepository(root);
  for (let round = 0; round < 5; round += 1) {
    const start = performance.now();
    result = await loadRepository(root);
    timings.push(performance.now() - start);
  }
  const entries = Object.values(result.entries).reduce((sum, list) => sum + list.length, 0);
  return {
    medianMilliseconds: median(timings) ?? Number.NaN,
    entries,
    diagnostics: result.diagnostics.slice(0, 3).map((d) => `${d.file}:${d.line} ${d.message}`),
  };
}

const astroBin = path.join(repositoryRoot, 'node_modules/astro/bin/astro.mjs');
const baselineRoot = path.join(repositoryRoot, 'scripts/bench/plain-astro');

const pagefindBin = path.join(repositoryRoot, 'node_modules/.bin/pagefind');

/**
 * A cold build: Astro's content data store (kept between builds in `node_modules/.astro`) is
 * removed first. With `indexSearch`, Pagefind then indexes the output in the same measured
 * process, as a user who wants a searchable plain Astro site runs it.
 */
async function coldBuild(
  projectRoot: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
  indexSearch = false,
): Promise<{ seconds: number; peakMegabytes: number; pages: number }> {
  await rm(path.join(projectRoot, 'node_modules/.astro'), { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
  const build = [process.execPath, astroBin, 'build', '--outDir', outDir];
  const [command, ...args] = indexSearch
    ? ['/bin/sh', '-c', '"$1" "$2" "$3" "$4" "$5" && "$6" --site "$5"', 'sh', ...build, pagefindBin]
    : build;
  const figures = await measureProcess(command as string, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return {
    ...figures,
    pages: Number(/(\d+) page\(s\) built/.exec(figures.stdout)?.[1] ?? Number.NaN),
  };
}

/** The median wall time and the median peak memory of a list of builds. */
function medianBuild(runs: { seconds: number; peakMegabytes: number; pages: number }[]) {
  return {
    seconds: median(runs.map((run) => run.seconds)) ?? Number.NaN,
    peakMegabytes: median(runs.map((run) => run.peakMegabytes)) ?? Number.NaN,
    pages: runs[0]?.pages ?? Number.NaN,
  };
}

/**
 * Cold builds of the handbook (every page, search index, link check) and of the plain Astro
 * baseline (`plain-astro/`: one page per ADR, postmortem and debt item) with Pagefind indexing
 * its output, from the same generated repository, in turn, `rounds` times each. Target (issue
 * 22): the handbook within 1.15x of the baseline in time and in peak memory.
 */
async function benchBuild(root: string, rounds: number) {
  const ours: { seconds: number; peakMegabytes: number; pages: number }[] = [];
  const baseline: { seconds: number; peakMegabytes: number; pages: number }[] = [];
  for (let round = 0; round < rounds; round += 1) {
    ours.push(await coldBuild(siteRoot, path.join(root, 'dist'), { HANDBOOK_REPOSITORY: root }));
    baseline.push(
      await coldBuild(
        baselineRoot,
        path.join(root, 'baseline-dist'),
        { BASELINE_CONTENT: root },
        true,
      ),
    );
  }
  return { ours: medianBuild(ours), baseline: medianBuild(baseline) };
}

/**
 * `handbook lint` (whole process, JSON output) beside the floor (`lint-floor.ts`: front matter
 * cut by a regular expression, `yaml` without positions, zod) on generated repositories of 100,
 * 1,000 and 5,000 ADRs plus as many postmortems; median of 3 runs in turn of each.
 * Target (issue 6): 1,000 + 1,000 in at most 0.6 s, within 3x of the floor, growing linearly.
 */
async function benchLint(): Promise<void> {
  const handbook = path.join(repositoryRoot, 'libs/cli/src/bin.ts');
  const floor = path.join(repositoryRoot, 'scripts/bench/lint-floor.ts');
  console.log(
    'handbook lint against the floor (front matter + yaml + zod only), median of 3, whole process:',
  );
  for (const count of [100, 1_000, 5_000]) {
    const generated = await generateRepository(repositoryRoot, {
      adrs: count,
      incidents: count,
      debtItems: Math.max(1, count / 5),
    });
    try {
      const lint = await medianOf(3, () =>
        measureProcess(process.execPath, [handbook, 'lint', '--format', 'json'], {
          cwd: generated,
        }),
      );
      const bare = await medianOf(3, () =>
        measureProcess(process.execPath, [floor, generated], { cwd: repositoryRoot }),
      );
      const target =
        count === 1_000
          ? ` (target 3x the floor: ${lint.seconds <= 3 * bare.seconds ? 'met' : 'MISSED'}; target 0.6 s: ${lint.seconds <= 0.6 ? 'met' : 'MISSED'})`
          : '';
      console.log(
        `  ${count} ADRs + ${count} postmortems: lint ${lint.seconds.toFixed(2)} s, ${lint.peakMegabytes.toFixed(0)} MB; ` +
          `floor ${bare.seconds.toFixed(2)} s, ${bare.peakMegabytes.toFixed(0)} MB; ratio ${(lint.seconds / bare.seconds).toFixed(1)}x time, ` +
          `${(lint.peakMegabytes / bare.peakMegabytes).toFixed(1)}x memory${target}`,
      );
    } finally {
      await rm(generated, { recursive: true, force: true });
    }
  }
}

/** Prints {@link pageWeights} of a built site, one line per kind of page, and Pagefind's first-search cost. */
async function printWeights(label: string, dist: string): Promise<void> {
  const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `page weight, ${label} (median page of each kind; JavaScript loaded with the page, gzipped):`,
  );
  for (const weight of await pageWeights(dist)) {
    console.log(
      `  ${weight.kind.padEnd(18)} ${String(weight.pages).padStart(5)} pages  HTML ${kilobytes(weight.htmlBytes)} (${kilobytes(weight.htmlGzipBytes)} gz)  ` +
        `JS ${kilobytes(weight.scriptBytes)} (${kilobytes(weight.scriptGzipBytes)} gz)`,
    );
  }
  console.log(
    `  search, first use only: ${kilobytes(await searchFirstUseBytes(dist))} of Pagefind (module, worker, WebAssembly, entry)`,
  );
}

/**
 * `npm run bench -- growth`: one cold build of the handbook per size of 100, 1,000, 5,000 and
 * 10,000 documents (half ADRs, half postmortems; ADR numbers have four digits, so 10,000 ADRs
 * alone cannot be named), plus a tenth as many debt items; time per document and peak memory.
 * Targets (issue 10): time per document within 1.5x from 1,000 to 10,000; under 4 GiB at 10,000.
 */
async function benchGrowth(): Promise<void> {
  console.log('growth: one cold build of the handbook per size, whole process');
  const perDocument = new Map<number, number>();
  for (const documents of [100, 1_000, 5_000, 10_000]) {
    const size = { adrs: documents / 2, incidents: documents / 2, debtItems: documents / 10 };
    const generated = await generateRepository(repositoryRoot, size);
    try {
      const build = await coldBuild(siteRoot, path.join(generated, 'dist'), {
        HANDBOOK_REPOSITORY: generated,
      });
      perDocument.set(documents, (build.seconds * 1000) / documents);
      const growth =
        documents >= 1_000
          ? `, ${((perDocument.get(documents) ?? 0) / (perDocument.get(1_000) ?? 1)).toFixed(2)}x the time per document at 1,000`
          : '';
      console.log(
        `  ${documents} documents (${size.adrs} ADRs, ${size.incidents} postmortems, ${size.debtItems} debt items): ${build.seconds.toFixed(1)} s (${build.pages} pages), ` +
          `${(perDocument.get(documents) ?? 0).toFixed(1)} ms per document${growth}, peak ${build.peakMegabytes.toFixed(0)} MB`,
      );
    } finally {
      await rm(generated, { recursive: true, force: true });
    }
  }
}

/**
 * `astro dev` on the generated repository, the handbook and the plain Astro baseline in turn:
 * how long an edit to one ADR (a sentence appended) takes to show on its page, median of 3
 * edits each. Target (issue 10): under 500 ms at 1,000 ADRs.
 */
async function benchDevEdit(root: string, adrs: number): Promise<void> {
  const number = Math.ceil(adrs / 2);
  const id = `${String(number).padStart(4, '0')}-decision-number-${number}`;
  const file = path.join(root, 'adr', `${id}.md`);
  const medianShown = (figures: { milliseconds: number; shown: boolean }[]) =>
    figures.some((figure) => !figure.shown)
      ? Number.NaN
      : (median(figures.map((figure) => figure.milliseconds)) ?? Number.NaN);
  const ours = medianShown(
    await measureDevEdits(
      astroBin,
      siteRoot,
      { HANDBOOK_REPOSITORY: root },
      4391,
      `/adr/${id}/`,
      file,
      3,
    ),
  );
  const plain = medianShown(
    await measureDevEdits(
      astroBin,
      baselineRoot,
      { BASELINE_CONTENT: root },
      4392,
      `/adr/${id}/`,
      file,
      3,
    ),
  );
  console.log(
    `astro dev, an edited ADR shown on its page, median of 3 edits: handbook ${ours.toFixed(0)} ms; plain Astro ${plain.toFixed(0)} ms; ` +
      `ratio ${(ours / plain).toFixed(2)}x (target 500 ms: ${ours <= 500 ? 'met' : 'MISSED'})`,
  );
}

/**
 * `nx run handbook:build` on this repository twice in turn, without the Nx daemon: the first
 * fills Nx's cache (or finds it filled), the second is what rebuilding an unchanged repository
 * costs, whole process. Target (issue 10): under 2 s.
 */
async function benchCachedRebuild(): Promise<void> {
  const nx = path.join(repositoryRoot, 'node_modules/nx/dist/bin/nx.js');
  // A rebuild that skips the cache (as CI does, NX_SKIP_NX_CACHE) would measure something else.
  const env: NodeJS.ProcessEnv = { ...process.env, NX_DAEMON: 'false' };
  delete env.NX_SKIP_NX_CACHE;
  const rebuild = () =>
    measureProcess(process.execPath, [nx, 'run', 'handbook:build', '--outputStyle=static'], {
      cwd: repositoryRoot,
      env,
    });
  const first = await rebuild();
  const cached = await medianOf(3, rebuild);
  const fromCache = /existing outputs match the cache|local cache/i.test(cached.stdout);
  console.log(
    `unchanged repository rebuilt through Nx (nx run handbook:build, no daemon), median of 3 after a first run of ${first.seconds.toFixed(1)} s: ` +
      `${cached.seconds.toFixed(2)} s${fromCache ? ', from the cache' : ', NOT from the cache'} (target 2 s: ${cached.seconds <= 2 && fromCache ? 'met' : 'MISSED'})`,
  );
}

const verdict = (value: number, target: number) =>
  value <= target ? 'within target' : 'OVER TARGET';

if (process.argv[2] === 'growth') {
  await benchGrowth();
  process.exit(0);
}
if (process.argv[2] === 'author') {
  await benchAuthorLoop(repositoryRoot);
  const generated = await generateRepository(repositoryRoot, {
    adrs: 1000,
    incidents: 1000,
    debtItems: 200,
  });
  try {
    await benchDevEdit(generated, 1000);
  } finally {
    await rm(generated, { recursive: true, force: true });
  }
  process.exit(0);
}

const buildOnly = process.argv[2] === 'build';
const adrs = Number((buildOnly ? undefined : process.argv[2]) ?? 1000);
const size: RepositorySize = {
  adrs,
  incidents: adrs,
  debtItems: Math.max(1, Math.round(adrs / 5)),
  adrShape: 'madr',
};
const scale = adrs / 1000;
const root = await generateRepository(repositoryRoot, size);
try {
  console.log(
    `Generated: ${size.adrs} ADRs (~600 words, MADR 4 sections as ../shared/bench writes them), ${size.incidents} postmortems (~400 words), ${size.debtItems} debt items.`,
  );
  const load = await measureLoad(root);
  const loadTarget = TARGETS_PER_THOUSAND.loadMilliseconds * scale;
  if (load.diagnostics.length > 0)
    console.log(
      `Unexpected diagnostics in the generated repository: ${load.diagnostics.join('; ')}`,
    );
  console.log(
    `read + validate + references (${load.entries} entries): ${load.medianMilliseconds.toFixed(0)} ms median of 5 ` +
      `(${((load.medianMilliseconds / load.entries) * 1000).toFixed(0)} µs per entry; target ${loadTarget.toFixed(0)} ms: ${verdict(load.medianMilliseconds, loadTarget)})`,
  );
  const { ours, baseline } = await benchBuild(root, 3);
  const timeRatio = ours.seconds / baseline.seconds;
  const memoryRatio = ours.peakMegabytes / baseline.peakMegabytes;
  console.log(
    `cold site build, MADR-shaped ADRs, median of 3 in turn: handbook ${ours.seconds.toFixed(1)} s, ${ours.peakMegabytes.toFixed(0)} MB (${ours.pages} pages); ` +
      `plain Astro + Pagefind ${baseline.seconds.toFixed(1)} s, ${baseline.peakMegabytes.toFixed(0)} MB (${baseline.pages} pages); ` +
      `ratio ${timeRatio.toFixed(2)}x time, ${memoryRatio.toFixed(2)}x memory (target 1.15x: ${timeRatio <= 1.15 && memoryRatio <= 1.15 ? 'met' : 'MISSED'})`,
  );
  if (!buildOnly) {
    await printWeights('generated site', path.join(root, 'dist'));
    await benchDevEdit(root, size.adrs);
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
if (buildOnly) process.exit(0);
await benchCachedRebuild();
await printWeights("handbook's own site (apps/handbook/dist)", path.join(siteRoot, 'dist'));
await benchLint();
await benchAuthorLoop(repositoryRoot);
await benchDeckExport(repositoryRoot);
