import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { formatDiagnostic, loadRepository } from '../src/index.ts';

const repositoryRoot = path.resolve(fileURLToPath(import.meta.url), '../../../..');

it("reads this repository's own content without a single diagnostic", async () => {
  const repository = await loadRepository(repositoryRoot);
  expect(repository.diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(repository.entries.adr.length).toBeGreaterThanOrEqual(8);
  expect(repository.roster?.people.length).toBeGreaterThan(0);
});
