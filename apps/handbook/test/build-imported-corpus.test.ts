import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const siteRoot = path.resolve(fileURLToPath(import.meta.url), '../..');
const repositoryRoot = path.resolve(siteRoot, '../..');
/** Real ADR logs and postmortem archives from public repositories, beside the clone in CI and on the team's machines only. */
const CORPUS = path.resolve(repositoryRoot, '../shared/corpus');
const present = existsSync(CORPUS);
if (!present)
  console.warn(
    `Imported-corpus build skipped: ${CORPUS} is not there (a fresh clone has no ../shared).`,
  );

let root: string | undefined;

afterAll(async () => {
  if (root !== undefined) await rm(root, { recursive: true, force: true });
});

describe.skipIf(!present)(
  'a handbook of every real ADR log and postmortem archive, imported',
  () => {
    it('builds, every link of it resolving, with each imported record on its page', async () => {
      root = await mkdtemp(path.join(tmpdir(), 'handbook-imported-corpus-'));
      await mkdir(path.join(root, 'content'));
      await cp(
        path.join(repositoryRoot, 'libs/cli/test/fixtures/repository/content/team.yaml'),
        path.join(root, 'content/team.yaml'),
      );
      const bin = path.join(repositoryRoot, 'libs/cli/src/bin.ts');
      for (const kind of ['adr', 'postmortems']) {
        for (const folder of (await readdir(path.join(CORPUS, kind))).sort()) {
          // Exit 1 says a record was not imported (a postmortem with no date to name it by); the CLI's corpus test checks which.
          await run(process.execPath, [bin, 'import', path.join(CORPUS, kind, folder)], {
            cwd: root,
            maxBuffer: 16 * 1024 * 1024,
          }).catch((error: { code?: number }) => {
            if (error.code !== 1) throw error;
          });
        }
      }
      const build = await run(
        process.execPath,
        [
          path.join(repositoryRoot, 'node_modules/astro/bin/astro.mjs'),
          'build',
          '--outDir',
          path.join(root, 'dist'),
        ],
        {
          cwd: siteRoot,
          env: {
            ...process.env,
            HANDBOOK_REPOSITORY: root,
            HANDBOOK_TODAY: '2026-12-03',
            ASTRO_TELEMETRY_DISABLED: '1',
            FORCE_COLOR: '0',
          },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      expect(build.stdout).toMatch(/every internal link and fragment of \d+ pages resolves/);
      const adrs = (await readdir(path.join(root, 'adr'))).map((name) => name.replace(/\.md$/, ''));
      const pages = new Set(await readdir(path.join(root, 'dist/adr')));
      expect(adrs.filter((id) => !pages.has(id))).toEqual([]);
      const incidents = (await readdir(path.join(root, 'incidents'))).map((name) =>
        name.replace(/\.md$/, ''),
      );
      const incidentPages = new Set(await readdir(path.join(root, 'dist/incidents')));
      expect(incidents.filter((id) => !incidentPages.has(id))).toEqual([]);
      const ses = adrs.find((id) => id.endsWith('-use-amazon-ses')) ?? '';
      expect(await readFile(path.join(root, 'dist/adr', ses, 'index.html'), 'utf8')).toContain(
        'ADR/ADR019-use-amazon-ses.md',
      );
    }, 120_000);
  },
);
