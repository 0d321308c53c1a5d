import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'astro';

/** The Astro site whose build output (`dist/`) the tests run against. */
export const SITE_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../handbook');

/** A small invented repository whose dashboard figures the tests recompute from its files. */
export const FIXTURE_REPOSITORY = path.resolve(fileURLToPath(import.meta.url), '../../fixtures/repository');

/** ADRs with one hostile construct each (issue 7): the site must publish them with nothing executable. */
export const HOSTILE_REPOSITORY = path.resolve(fileURLToPath(import.meta.url), '../../fixtures/hostile');

/** The day the fixture site's figures are computed for, so that "the last 90 days" never moves. */
export const FIXTURE_TODAY = '2026-06-30';

/** Builds the site from `repository` into `outDir`, with a fixed date. */
async function buildFixtureSite(repository: string, outDir: string): Promise<void> {
  const saved = { repository: process.env.HANDBOOK_REPOSITORY, today: process.env.HANDBOOK_TODAY };
  process.env.HANDBOOK_REPOSITORY = repository;
  process.env.HANDBOOK_TODAY = FIXTURE_TODAY;
  try {
    await build({ root: SITE_ROOT, outDir, logLevel: 'error' });
  } finally {
    for (const [name, value] of [['HANDBOOK_REPOSITORY', saved.repository], ['HANDBOOK_TODAY', saved.today]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/**
 * Playwright global setup: serves the already built site of this repository, and sites built
 * from the fixture and hostile repositories, each with Astro's preview server on a free local
 * port (port 0). Publishes their addresses as `HANDBOOK_URL`, `HANDBOOK_FIXTURE_URL` and
 * `HANDBOOK_HOSTILE_URL` for the workers. Returns the teardown that stops the servers and
 * removes the fixture builds.
 */
export default async function serveBuiltSite(): Promise<() => Promise<void>> {
  const fixtureOut = await mkdtemp(path.join(tmpdir(), 'handbook-fixture-site-'));
  const hostileOut = await mkdtemp(path.join(tmpdir(), 'handbook-hostile-site-'));
  await buildFixtureSite(FIXTURE_REPOSITORY, fixtureOut);
  await buildFixtureSite(HOSTILE_REPOSITORY, hostileOut);
  const server = { host: '127.0.0.1', port: 0 };
  const site = await preview({ root: SITE_ROOT, logLevel: 'error', server });
  const fixture = await preview({ root: SITE_ROOT, outDir: fixtureOut, logLevel: 'error', server });
  const hostile = await preview({ root: SITE_ROOT, outDir: hostileOut, logLevel: 'error', server });
  process.env.HANDBOOK_URL = `http://127.0.0.1:${site.port}`;
  process.env.HANDBOOK_FIXTURE_URL = `http://127.0.0.1:${fixture.port}`;
  process.env.HANDBOOK_HOSTILE_URL = `http://127.0.0.1:${hostile.port}`;
  return async () => {
    await Promise.all([site.stop(), fixture.stop(), hostile.stop()]);
    await Promise.all([fixtureOut, hostileOut].map((folder) => rm(folder, { recursive: true, force: true })));
  };
}
