/**
 * `npm run bench [-- <ADR count>]`: how the handbook scales. Generates a repository of N ADRs of
 * about 600 words, N postmortems and N/5 debt items (default N = 1,000), then measures
 *  1. reading and checking it with @handbook/content (what the build and `handbook lint` do),
 *     median of 5 runs in this process, and
 *  2. a cold static build of the site from it (Astro, every page), whole process, wall time and
 *     peak resident memory.
 * Prints the figures beside the targets; it never fails on a miss (targets are not timed tests).
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadRepository } from '@handbook/content';
import { generateRepository, type RepositorySize } from './generate-repository.ts';

const run = promisify(execFile);
const repositoryRoot = path.resolve(fileURLToPath(import.meta.url), '../../..');
const siteRoot = path.join(repositoryRoot, 'apps/handbook');

/** Targets for 1,000 ADRs + 1,000 postmortems + 200 debt items on the 2-core CI machine, scaled linearly. */
const TARGETS_PER_THOUSAND = { loadMilliseconds: 2_000, buildSeconds: 30, buildPeakMegabytes: 1_500 };

async function measureLoad(root: string): Promise<{ medianMilliseconds: number; entries: number; diagnostics: string[] }> {
  const timings: number[] = [];
  let result = await loadRepository(root);
  for (let round = 0; round < 5; round += 1) {
    const start = performance.now();
    result = await loadRepository(root);
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  const entries = Object.values(result.entries).reduce((sum, list) => sum + list.length, 0);
  return { medianMilliseconds: timings[2] ?? Number.NaN, entries, diagnostics: result.diagnostics.slice(0, 3).map((d) => `${d.file}:${d.line} ${d.message}`) };
}

async function measureBuild(root: string): Promise<{ seconds: number; peakMegabytes: number; pages: number }> {
  const astro = path.join(repositoryRoot, 'node_modules/astro/bin/astro.mjs');
  const { stdout, stderr } = await run(
    '/usr/bin/time',
    ['-f', 'BENCH %e %M', process.execPath, astro, 'build', '--outDir', path.join(root, 'dist')],
    { cwd: siteRoot, env: { ...process.env, HANDBOOK_REPOSITORY: root, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 256 * 1024 * 1024 },
  );
  const [, seconds = 'NaN', kilobytes = 'NaN'] = /BENCH ([\d.]+) (\d+)/.exec(stderr) ?? [];
  const pages = Number(/(\d+) page\(s\) built/.exec(stdout)?.[1] ?? Number.NaN);
  return { seconds: Number(seconds), peakMegabytes: Number(kilobytes) / 1024, pages };
}

const verdict = (value: number, target: number) => (value <= target ? 'within target' : 'OVER TARGET');

const adrs = Number(process.argv[2] ?? 1000);
const size: RepositorySize = { adrs, incidents: adrs, debtItems: Math.max(1, Math.round(adrs / 5)) };
const scale = adrs / 1000;
const root = await generateRepository(repositoryRoot, size);
try {
  console.log(`Generated: ${size.adrs} ADRs (~600 words), ${size.incidents} postmortems (~400 words), ${size.debtItems} debt items.`);
  const load = await measureLoad(root);
  const loadTarget = TARGETS_PER_THOUSAND.loadMilliseconds * scale;
  if (load.diagnostics.length > 0) console.log(`Unexpected diagnostics in the generated repository: ${load.diagnostics.join('; ')}`);
  console.log(
    `read + validate + references (${load.entries} entries): ${load.medianMilliseconds.toFixed(0)} ms median of 5 ` +
      `(${((load.medianMilliseconds / load.entries) * 1000).toFixed(0)} µs per entry; target ${loadTarget.toFixed(0)} ms: ${verdict(load.medianMilliseconds, loadTarget)})`,
  );
  const build = await measureBuild(root);
  const buildTarget = TARGETS_PER_THOUSAND.buildSeconds * scale;
  console.log(
    `cold site build (${build.pages} pages): ${build.seconds.toFixed(1)} s (target ${buildTarget.toFixed(0)} s: ${verdict(build.seconds, buildTarget)}), ` +
      `peak RSS ${build.peakMegabytes.toFixed(0)} MB (target ${TARGETS_PER_THOUSAND.buildPeakMegabytes} MB: ${verdict(build.peakMegabytes, TARGETS_PER_THOUSAND.buildPeakMegabytes)})`,
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
