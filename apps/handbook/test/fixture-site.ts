import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WORKSPACE = path.resolve(fileURLToPath(import.meta.url), '../../../..');

/** Where `handbook:build-fixtures` builds the fixture sites, from `fixtures/fixture-sites.json`, which the build script reads too. */
const { outDir, today } = JSON.parse(
  await readFile(path.join(WORKSPACE, 'apps/handbook-e2e/fixtures/fixture-sites.json'), 'utf8'),
) as { outDir: string; today: string };

/** The day the fixture sites are built for (YYYY-MM-DD). */
export const FIXTURE_TODAY = today;

/** A fixture repository's folder (`repository`, `hostile`), which its site is built from. */
export const fixtureRepository = (name: 'repository' | 'hostile') =>
  path.join(WORKSPACE, 'apps/handbook-e2e/fixtures', name);

/** The folder of a fixture's built site (`repository`, `hostile`); its build log is `<folder>.log`. */
export const fixtureSite = (name: 'repository' | 'hostile') => path.join(WORKSPACE, outDir, name);
