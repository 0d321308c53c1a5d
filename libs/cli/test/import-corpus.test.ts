import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfRepository, handbook, REPOSITORY_ROOT } from './repository-copy.ts';

/** Real ADR logs and postmortem archives from public repositories, beside the clone in CI and on the team's machines only. */
const CORPUS = path.resolve(REPOSITORY_ROOT, '../shared/corpus');
const present = existsSync(CORPUS);
if (!present)
  console.warn(
    `Corpus import tests skipped: ${CORPUS} is not there (a fresh clone has no ../shared).`,
  );

interface ReportFile {
  source: string;
  target: string | null;
  outcome: string;
}

/** Every repository folder of the corpus, `adr/<repo>` and `postmortems/<repo>`. */
const folders = present
  ? (
      await Promise.all(
        ['adr', 'postmortems'].map(async (kind) =>
          (await readdir(path.join(CORPUS, kind))).map((repository) => `${kind}/${repository}`),
        ),
      )
    )
      .flat()
      .sort()
  : [];

describe.skipIf(!present)(
  'handbook import on every real ADR log and postmortem archive of ../shared/corpus',
  () => {
    it('accounts for every file, imports every record it can date, and the imported set lints without errors', async () => {
      const root = await copyOfRepository();
      await rm(path.join(root, 'adr'), { recursive: true });
      for (const folder of folders) {
        const report = `${folder.replace('/', '-')}.json`;
        const imported = await handbook(
          root,
          'import',
          path.join(CORPUS, folder),
          '--report',
          report,
        );
        // 1 says some record was not imported; which ones, and why, is checked below.
        expect(imported.code, `${folder}: ${imported.stderr}`).toBeLessThan(2);
        const { files } = JSON.parse(await readFile(path.join(root, report), 'utf8')) as {
          files: (ReportFile & { reasons: string[] })[];
        };
        const sources = (
          await readdir(path.join(CORPUS, folder), { recursive: true, withFileTypes: true })
        )
          .filter((entry) => entry.isFile())
          .map((entry) =>
            path
              .relative(path.join(CORPUS, folder), path.join(entry.parentPath, entry.name))
              .split(path.sep)
              .join('/'),
          )
          .sort();
        expect(files.map((file) => file.source).sort(), folder).toEqual(sources);
        for (const file of files.filter((listed) => listed.outcome === 'not-imported')) {
          const undated = file.reasons[0]?.startsWith('no dated timeline row') === true;
          const notARecord = /template|modele|xxx|yyyy|readme|index|source/i.test(file.source);
          expect(
            undated || notARecord,
            `${folder}/${file.source}: ${file.reasons.join('; ')}`,
          ).toBe(true);
        }
      }
      const lint = await handbook(root, 'lint', '--format', 'json');
      const errors = (
        JSON.parse(lint.stdout) as { severity: string; file: string; rule: string }[]
      ).filter((problem) => problem.severity === 'error');
      expect(errors).toEqual([]);
      expect((await readdir(path.join(root, 'adr'))).length).toBeGreaterThan(250);
      expect((await readdir(path.join(root, 'incidents'))).length).toBeGreaterThan(35);
    }, 120_000);
  },
);
