import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfRepository, handbook, REPOSITORY_ROOT } from './repository-copy.ts';

/** Real ADR logs from public repositories, beside the clone in CI and on the team's machines only. */
const CORPUS = path.resolve(REPOSITORY_ROOT, '../shared/corpus/adr');
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

const folders = present ? (await readdir(CORPUS)).sort() : [];

describe.skipIf(!present)('handbook import on every real ADR log of ../shared/corpus', () => {
  it('accounts for every file, imports every record, and the imported log lints without errors', async () => {
    const root = await copyOfRepository();
    await rm(path.join(root, 'adr'), { recursive: true });
    for (const folder of folders) {
      const report = `${folder}.json`;
      const imported = await handbook(
        root,
        'import',
        path.join(CORPUS, folder),
        '--report',
        report,
      );
      expect(imported.code, `${folder}: ${imported.stderr}`).toBe(0);
      const { files } = JSON.parse(await readFile(path.join(root, report), 'utf8')) as {
        files: ReportFile[];
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
      const notRecords = files
        .filter((file) => file.outcome === 'not-imported')
        .map((file) => path.posix.basename(file.source));
      for (const name of notRecords)
        expect(name, folder).toMatch(/template|modele|xxx|readme|index|source/i);
    }
    const lint = await handbook(root, 'lint', '--format', 'json');
    const errors = (
      JSON.parse(lint.stdout) as { severity: string; file: string; rule: string }[]
    ).filter((problem) => problem.severity === 'error');
    expect(errors).toEqual([]);
    expect((await readdir(path.join(root, 'adr'))).length).toBeGreaterThan(250);
  }, 120_000);
});
