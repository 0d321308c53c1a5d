import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repositorySettings, repositoryToday } from '../src/index.ts';

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
    expect(repositorySettings(root)).toEqual({ repositoryUrl: undefined, branch: 'main', timeZone: 'UTC' });
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
