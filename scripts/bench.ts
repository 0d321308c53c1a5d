/**
 * `npm run bench`: how the handbook scales with the number of ADRs. Generates a repository of
 * synthetic ADRs (bodies shaped like the real ones, one in ten superseded), then measures
 *  1. reading and checking it with @handbook/content (what the build and `handbook lint` do), and
 *  2. a full static build of the site from it (Astro, every ADR page).
 * Prints wall time and peak memory next to the targets below; it never fails on a miss, the
 * figures are for people (targets are not timed tests).
 * Usage: `npm run bench [-- <ADR count>]` (default 1000).
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadRepository } from '@handbook/content';

const run = promisify(execFile);
const repositoryRoot = path.resolve(fileURLToPath(import.meta.url), '../..');
const siteRoot = path.join(repositoryRoot, 'apps/handbook');

/** Targets for 1,000 ADRs on the 2-core CI machine; scaled linearly for other counts. */
const TARGETS_PER_THOUSAND = { loadMilliseconds: 2_000, buildSeconds: 30, buildPeakMegabytes: 1_500 };

const BODY = `## Context

The service has run on bare metal since launch; about 60% of engineering time goes to infrastructure.
A managed platform would remove the control plane from our hands. See [the migration](0002-migrate-backend-microservices-to-doks.md).

## Options Considered

| Option | Pros | Cons | Effort |
|--------|------|------|--------|
| Managed platform | Less to operate | Vendor dependency | L |
| Automate the current setup | No migration | Keeps the load | M |
| Do nothing | No effort | Nothing improves | — |

## Decision

Move to the managed platform, one service at a time.

## Consequences

- Operations become a shared duty instead of a team.
- Two platforms run side by side during the move.
`;

function adrFile(number: number, count: number): { name: string; text: string } {
  const id = `${String(number).padStart(4, '0')}-decision-number-${number}`;
  const superseded = number % 10 === 1 && number + 1 <= count;
  const supersedes = number % 10 === 2 ? `supersedes:\n  - ${String(number - 1).padStart(4, '0')}-decision-number-${number - 1}\n` : '';
  const day = String((number % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(number / 28) % 12) + 1).padStart(2, '0');
  const frontmatter = [
    `title: Decision number ${number}`,
    `status: ${superseded ? 'superseded' : number % 7 === 0 ? 'proposed' : 'accepted'}`,
    `date: ${2020 + Math.floor(number / 336)}-${month}-${day}`,
    'decision-makers:\n  - charles\n  - peter-cipov',
    'consulted:\n  - mark-kubatov',
    'tags:\n  - infrastructure',
    superseded ? `superseded-by: ${String(number + 1).padStart(4, '0')}-decision-number-${number + 1}` : '',
  ].filter(Boolean);
  return { name: `${id}.md`, text: `---\n${frontmatter.join('\n')}\n${supersedes}---\n\n${BODY}` };
}

async function generateRepository(count: number): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'handbook-bench-'));
  await mkdir(path.join(root, 'adr'));
  await mkdir(path.join(root, 'content'));
  await copyFile(path.join(repositoryRoot, 'content/team.yaml'), path.join(root, 'content/team.yaml'));
  await copyFile(
    path.join(repositoryRoot, 'adr/0002-migrate-backend-microservices-to-doks.md'),
    path.join(root, 'adr/0002-migrate-backend-microservices-to-doks.md'),
  );
  for (let number = 3; number <= count + 2; number += 1) {
    const { name, text } = adrFile(number, count + 2);
    await writeFile(path.join(root, 'adr', name), text);
  }
  return root;
}

async function measureLoad(root: string): Promise<{ medianMilliseconds: number; adrs: number; errors: number }> {
  const timings: number[] = [];
  let result = await loadRepository(root);
  for (let round = 0; round < 5; round += 1) {
    const start = performance.now();
    result = await loadRepository(root);
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  return { medianMilliseconds: timings[2] ?? Number.NaN, adrs: result.adrs.length, errors: result.diagnostics.length };
}

async function measureBuild(root: string): Promise<{ seconds: number; peakMegabytes: number }> {
  const astro = path.join(repositoryRoot, 'node_modules/astro/bin/astro.mjs');
  const { stderr } = await run(
    '/usr/bin/time',
    ['-f', 'BENCH %e %M', process.execPath, astro, 'build', '--outDir', path.join(root, 'dist'), '--silent'],
    { cwd: siteRoot, env: { ...process.env, HANDBOOK_REPOSITORY: root, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const [, seconds = 'NaN', kilobytes = 'NaN'] = /BENCH ([\d.]+) (\d+)/.exec(stderr) ?? [];
  return { seconds: Number(seconds), peakMegabytes: Number(kilobytes) / 1024 };
}

function verdict(value: number, target: number): string {
  return value <= target ? 'within target' : 'OVER TARGET';
}

const count = Number(process.argv[2] ?? 1000);
const scale = count / 1000;
const root = await generateRepository(count);
try {
  const load = await measureLoad(root);
  const loadTarget = TARGETS_PER_THOUSAND.loadMilliseconds * scale;
  console.log(`ADRs generated: ${load.adrs} (diagnostics: ${load.errors})`);
  console.log(
    `read + validate + references: ${load.medianMilliseconds.toFixed(0)} ms median of 5 ` +
      `(${((load.medianMilliseconds / load.adrs) * 1000).toFixed(0)} µs per ADR; target ${loadTarget.toFixed(0)} ms: ${verdict(load.medianMilliseconds, loadTarget)})`,
  );
  const build = await measureBuild(root);
  const buildTarget = TARGETS_PER_THOUSAND.buildSeconds * scale;
  console.log(
    `site build (${load.adrs + 3} pages): ${build.seconds.toFixed(1)} s (target ${buildTarget.toFixed(0)} s: ${verdict(build.seconds, buildTarget)}), ` +
      `peak RSS ${build.peakMegabytes.toFixed(0)} MB (target ${TARGETS_PER_THOUSAND.buildPeakMegabytes} MB: ${verdict(build.peakMegabytes, TARGETS_PER_THOUSAND.buildPeakMegabytes)})`,
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
