import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_PATHS } from '@handbook/schema';
import { expect, it } from 'vitest';

const nxJson = path.resolve(fileURLToPath(import.meta.url), '../../../../nx.json');

it("makes every content path of the registry, and the repository the site reads, an input of Nx's content-dependent tasks", async () => {
  const { namedInputs } = JSON.parse(await readFile(nxJson, 'utf8')) as {
    namedInputs: { content: (string | { env?: string })[] };
  };
  const globs = namedInputs.content.filter((input): input is string => typeof input === 'string');
  const covered = (contentPath: string) =>
    globs.some((glob) => {
      const folder = glob.replace('{workspaceRoot}/', '').replace(/\/\*\*\/\*$/, '');
      return contentPath === folder || contentPath.startsWith(`${folder}/`);
    });
  expect(CONTENT_PATHS.filter((contentPath) => !covered(contentPath))).toEqual([]);
  expect(namedInputs.content).toContainEqual({ env: 'HANDBOOK_REPOSITORY' });
});
