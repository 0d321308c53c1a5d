import { readFileSync } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

/** The Astro site whose build outputs the tests run against. */
export const SITE_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../handbook');

/** A small invented repository holding every case the specs assert; its figures are recomputed from its files. */
export const FIXTURE_REPOSITORY = path.resolve(
  fileURLToPath(import.meta.url),
  '../../fixtures/repository',
);

/** Entries with hostile constructs (issues 7 and 18): the site must publish them with nothing executable. */
export const HOSTILE_REPOSITORY = path.resolve(
  fileURLToPath(import.meta.url),
  '../../fixtures/hostile',
);

/** Where the fixture sites are built and for which day: `fixtures/fixture-sites.json`, which the build script reads too. */
const FIXTURE_SITES = JSON.parse(
  readFileSync(
    path.resolve(fileURLToPath(import.meta.url), '../../fixtures/fixture-sites.json'),
    'utf8',
  ),
) as { today: string; outDir: string };

/** The day the fixture sites are built for, so that "the last 90 days" never moves. */
export const FIXTURE_TODAY = FIXTURE_SITES.today;

/** The folder of a fixture's built site (`repository`, `hostile`). */
export const fixtureSite = (name: 'repository' | 'hostile') =>
  path.resolve(SITE_ROOT, '../..', FIXTURE_SITES.outDir, name);

/** The built sites, by the variable that publishes each address: this repository's, the fixture's and the hostile one's. */
const SITES = {
  HANDBOOK_URL: path.join(SITE_ROOT, 'dist'),
  HANDBOOK_FIXTURE_URL: fixtureSite('repository'),
  HANDBOOK_HOSTILE_URL: fixtureSite('hostile'),
} as const;

/**
 * Playwright global setup: serves the sites Nx built before the tests (`handbook:build` and the
 * cached `handbook:build-fixtures`), each with Astro's preview server on a free local port, and
 * publishes their addresses as `HANDBOOK_URL`, `HANDBOOK_FIXTURE_URL` and `HANDBOOK_HOSTILE_URL`
 * for the workers. Builds nothing. Returns the teardown that stops the servers.
 */
export default async function serveBuiltSite(): Promise<() => Promise<void>> {
  const servers: Awaited<ReturnType<typeof preview>>[] = [];
  // One after another: Astro's preview reads its configuration per call, and calls in parallel served one folder under every address.
  for (const [variable, outDir] of Object.entries(SITES)) {
    await access(path.join(outDir, 'index.html')).catch(() => {
      throw new Error(
        `${outDir} holds no built site: run the browser tests through \`npx nx run handbook-e2e:e2e\`, which builds it first.`,
      );
    });
    const server = await preview({
      root: SITE_ROOT,
      outDir,
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0 },
    });
    process.env[variable] = `http://127.0.0.1:${server.port}`;
    servers.push(server);
  }
  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
  };
}
