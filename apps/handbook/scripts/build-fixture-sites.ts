import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * Builds the site from each fixture repository that `apps/handbook-e2e/fixtures/fixture-sites.json`
 * lists (`repository`, the invented handbook the browser tests read, and `hostile`, published
 * sanitised) into its `outDir` (`apps/handbook/dist-fixtures/<name>/`), with the build's output
 * beside it as `<name>.log`. Run once per change by the cached Nx target `handbook:build-fixtures`; the site's
 * tests and the browser tests read the output instead of building again. It runs after
 * `handbook:build`, never beside it: Astro keeps one content store and one list of MDX modules
 * per site folder, and two builds at once mixed this repository's content into a fixture's site.
 * The day is the file's `today` (`HANDBOOK_TODAY`), so that the fixture's figures never move.
 * Exits non-zero when a build fails.
 */
const run = promisify(execFile);
const SITE_ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const FIXTURES = path.resolve(SITE_ROOT, '../handbook-e2e/fixtures');
/** Which fixtures are built, where to, and for which day: `fixtures/fixture-sites.json`, read by the tests too. */
const { today, outDir, sites } = JSON.parse(
  await readFile(path.join(FIXTURES, 'fixture-sites.json'), 'utf8'),
) as { today: string; outDir: string; sites: string[] };
const OUT = path.resolve(SITE_ROOT, '../..', outDir);
const ASTRO = path.resolve(SITE_ROOT, '../../node_modules/astro/bin/astro.mjs');

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
for (const name of sites) {
  const started = performance.now();
  const { stdout, stderr } = await run(
    process.execPath,
    [ASTRO, 'build', '--outDir', path.join(OUT, name)],
    {
      cwd: SITE_ROOT,
      env: {
        ...process.env,
        HANDBOOK_REPOSITORY: path.join(FIXTURES, name),
        HANDBOOK_TODAY: today,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  await writeFile(path.join(OUT, `${name}.log`), `${stdout}\n${stderr}`);
  console.log(`${name}: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
