import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

/** The Astro site whose build output (`dist/`) the tests run against. */
export const SITE_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../handbook');

/**
 * Playwright global setup: serves the already built site with Astro's preview server on a free
 * local port (port 0), and publishes its address as `HANDBOOK_URL` for the workers.
 * Returns the teardown that stops the server.
 */
export default async function serveBuiltSite(): Promise<() => Promise<void>> {
  const server = await preview({ root: SITE_ROOT, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  process.env.HANDBOOK_URL = `http://127.0.0.1:${server.port}`;
  return () => server.stop();
}
