import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'astro';

/** The Astro site whose build output (`dist/`) the tests run against. */
export const SITE_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../handbook');

/** A small invented repository whose dashboard figures the tests recompute from its files. */
export const FIXTURE_REPOSITORY = path.resolve(fileURLToPath(import.meta.url), '../../fixtures/repository');

/** The day the fixture site's figures are computed for, so that "the last 90 days" never moves. */
export const FIXTURE_TODAY = '2026-06-30';

/** Builds the site from the fixture repository into a temporary folder, with a fixed date. */
async function buildFixtureSite(outDir: string): Promise<void> {
  const saved = { repository: process.env.HANDBOOK_REPOSITORY, today: process.env.HANDBOOK_TODAY };
  process.env.HANDBOOK_REPOSITORY = FIXTURE_REPOSITORY;
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
 * Playwright global setup: serves the already built site of this repository, and a site built
 * from the fixture repository, each with Astro's preview server on a free local port (port 0).
 * Publishes their addresses as `HANDBOOK_URL` and `HANDBOOK_FIXTURE_URL` for the workers.
 * Returns the teardown that stops both servers and removes the fixture build.
 */
export default async function serveBuiltSite(): Promise<() => Promise<void>> {
  const fixtureOut = await mkdtemp(path.join(tmpdir(), 'handbook-fixture-site-'));
  await buildFixtureSite(fixtureOut);
  const server = { host: '127.0.0.1', port: 0 };
  const site = await preview({ root: SITE_ROOT, logLevel: 'error', server });
  const fixture = await preview({ root: SITE_ROOT, outDir: fixtureOut, logLevel: 'error', server });
  process.env.HANDBOOK_URL = `http://127.0.0.1:${site.port}`;
  process.env.HANDBOOK_FIXTURE_URL = `http://127.0.0.1:${fixture.port}`;
  return async () => {
    await Promise.all([site.stop(), fixture.stop()]);
    await rm(fixtureOut, { recursive: true, force: true });
  };
}
