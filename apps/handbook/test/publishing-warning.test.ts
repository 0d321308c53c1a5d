import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, expect, it, vi } from 'vitest';
import { builtPages } from '../src/integrations/built-pages.ts';

const folders: string[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(
    folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })),
  );
});

/** What the build logs as it starts, for a content repository whose `handbook` settings are `handbook`. */
async function warningsAtBuild(handbook: Record<string, unknown>): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'handbook-publishing-'));
  folders.push(root);
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ handbook }));
  vi.stubEnv('HANDBOOK_REPOSITORY', root);
  const warnings: string[] = [];
  const logger: Pick<AstroIntegrationLogger, 'warn'> = {
    warn: (message) => void warnings.push(message),
  };
  const hook = builtPages().hooks['astro:config:done'];
  await hook?.({ config: { root: new URL('file:///site/') }, logger } as unknown as Parameters<
    NonNullable<typeof hook>
  >[0]);
  return warnings;
}

it('warns as the build starts when the handbook goes to a public host without access control', async () => {
  const warnings = await warningsAtBuild({
    deploy: 'cloudflare-pages',
    site: 'https://handbook.acme.example',
  });
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain(
    'handbook.deploy publishes to Cloudflare Pages, which serves every page to anyone with the address',
  );
});

it('builds without a warning once the access control is named', async () => {
  expect(
    await warningsAtBuild({
      deploy: 'cloudflare-pages',
      access: 'cloudflare-access',
      site: 'https://handbook.acme.example',
    }),
  ).toEqual([]);
});
