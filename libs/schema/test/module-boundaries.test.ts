import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const workspaceRoot = path.resolve(fileURLToPath(import.meta.url), '../../../..');

/** Lints one line of code as if it were a file at `file` (relative to the workspace root). */
async function boundaryErrors(code: string, file: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: workspaceRoot });
  const [result] = await eslint.lintText(code, { filePath: path.join(workspaceRoot, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@nx/enforce-module-boundaries')
    .map((message) => message.message);
}

describe('the workspace lint enforces that dependencies point down only', () => {
  it('refuses an import of the content lib from the schema lib', async () => {
    const errors = await boundaryErrors(
      "export { loadRepository } from '@handbook/content';\n",
      'libs/schema/src/probe.ts',
    );
    expect(errors).toEqual([
      expect.stringContaining('@handbook/schema -> @handbook/content -> @handbook/schema'),
    ]);
  });

  it('refuses reaching into another project by a relative path', async () => {
    const errors = await boundaryErrors(
      "export * from '../../../apps/handbook/src/lib/adr-log.ts';\n",
      'libs/content/src/probe.ts',
    );
    expect(errors).toEqual([
      'Projects cannot be imported by a relative or absolute path, and must begin with a npm scope',
    ]);
  });

  it('lints Astro pages too, refusing a relative import of another project from a page', async () => {
    const errors = await boundaryErrors(
      "---\nimport { loadRepository } from '../../../../libs/content/src/index.ts';\nconst repository = await loadRepository('.');\n---\n<p>{repository.diagnostics.length}</p>\n",
      'apps/handbook/src/pages/probe.astro',
    );
    expect(errors).toEqual([
      'Projects cannot be imported by a relative or absolute path, and must begin with a npm scope',
    ]);
  });

  it('lets the content lib import the schema lib', async () => {
    expect(
      await boundaryErrors(
        "export { AdrSchema } from '@handbook/schema';\n",
        'libs/content/src/probe.ts',
      ),
    ).toEqual([]);
  });
}, 60_000);
