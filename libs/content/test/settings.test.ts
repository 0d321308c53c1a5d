import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishingWarnings, repositorySettings, repositoryToday } from '../src/index.ts';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** A repository whose package.json holds `manifest`. */
async function repositoryWith(manifest: unknown): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'handbook-settings-'));
  folders.push(root);
  await writeFile(path.join(root, 'package.json'), JSON.stringify(manifest));
  return root;
}

/** Half past eleven at night in UTC on 2 December: already 3 December in Prague, still 2 December in New York. */
const LATE = new Date('2026-12-02T23:30:00Z');

describe("the repository's clock", () => {
  it('counts days in UTC unless the repository names a time zone', async () => {
    const root = await repositoryWith({ name: 'content' });
    expect(repositoryToday(root, LATE, undefined)).toBe('2026-12-02');
    expect(repositorySettings(root)).toEqual({ repositoryUrl: undefined, branch: 'main', timeZone: 'UTC', deploy: 'none', access: undefined, site: undefined, publicIndexing: false });
  });

  it('counts days in handbook.timeZone, the same day for lint, the build and the CLI', async () => {
    expect(repositoryToday(await repositoryWith({ handbook: { timeZone: 'Europe/Prague' } }), LATE, undefined)).toBe('2026-12-03');
    expect(repositoryToday(await repositoryWith({ handbook: { timeZone: 'America/New_York' } }), LATE, undefined)).toBe('2026-12-02');
  });

  it('takes a fixed day (HANDBOOK_TODAY) over the clock, and refuses one not written YYYY-MM-DD', async () => {
    const root = await repositoryWith({});
    expect(repositoryToday(root, LATE, '2027-01-15')).toBe('2027-01-15');
    expect(() => repositoryToday(root, LATE, '15/01/2027')).toThrow('HANDBOOK_TODAY must be a date written YYYY-MM-DD, not "15/01/2027".');
  });

  it('names the field and the fix for a time zone that does not exist', async () => {
    const root = await repositoryWith({ handbook: { timeZone: 'Europe/Praha' } });
    expect(() => repositoryToday(root, LATE, undefined)).toThrow('package.json: handbook.timeZone "Europe/Praha" is not a time zone; write an IANA name such as "Europe/Prague"');
  });
});

describe('where the handbook is published', () => {
  it('publishes nowhere, to no search engine, and warns about nothing by default', async () => {
    const settings = repositorySettings(await repositoryWith({}));
    expect(settings).toMatchObject({ deploy: 'none', publicIndexing: false });
    expect(publishingWarnings(settings)).toEqual([]);
  });

  it('warns at build time when a public host serves the handbook without access control', async () => {
    const warnings = publishingWarnings(repositorySettings(await repositoryWith({ handbook: { deploy: 'netlify', site: 'https://handbook.acme.example' } })));
    expect(warnings).toEqual([
      'package.json: handbook.deploy publishes to Netlify, which serves every page to anyone with the address, and handbook.access names no access control. Fix: set up "netlify-password" or "netlify-sso" (README, "Publishing") and name it in handbook.access.',
    ]);
  });

  it('warns about nothing once the host\'s access control and the address are named', async () => {
    const settings = repositorySettings(await repositoryWith({ handbook: { deploy: 'cloudflare-pages', access: 'cloudflare-access', site: 'https://handbook.acme.example' } }));
    expect(publishingWarnings(settings)).toEqual([]);
  });

  it('warns when a host is named without the address the sitemap and feeds carry', async () => {
    const settings = repositorySettings(await repositoryWith({ handbook: { deploy: 'github-pages', access: 'github-private-pages' } }));
    expect(publishingWarnings(settings)).toEqual([expect.stringContaining('handbook.site is not set, so the sitemap and feeds carry the placeholder address https://handbook.example.com')]);
  });

  it('names the field and the fix for a host, an access control or an address it does not know', async () => {
    await expect(repositoryWith({ handbook: { deploy: 'vercel' } }).then(repositorySettings)).rejects.toThrow('package.json: handbook.deploy "vercel" is not a host the deploy job knows; write one of "cloudflare-pages", "netlify", "github-pages", "none".');
    await expect(repositoryWith({ handbook: { deploy: 'netlify', access: 'cloudflare-access' } }).then(repositorySettings)).rejects.toThrow('handbook.access "cloudflare-access" is not access control Netlify offers; write one of "netlify-password", "netlify-sso".');
    await expect(repositoryWith({ handbook: { site: 'localhost:4321' } }).then(repositorySettings)).rejects.toThrow('handbook.site "localhost:4321" is not an address');
    await expect(repositoryWith({ handbook: { publicIndexing: 'yes' } }).then(repositorySettings)).rejects.toThrow('handbook.publicIndexing must be true or false, not "yes".');
  });
});
