import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import { loadRepository } from '../repository.ts';
import { EXAMPLE_BASE } from './examples.ts';
import type { ExampleFiles } from './rule.ts';

/**
 * Reads a rule example as a repository: the example base with `files` laid over it, written to a
 * temporary folder that is removed afterwards. Output: every diagnostic `loadRepository` reports
 * for it, dated `today` (`YYYY-MM-DD`). Used by the rule tests and the handbook's rule pages, so
 * the pages show what the reader really says.
 */
export async function runExample(files: ExampleFiles, today: string): Promise<Diagnostic[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'handbook-rule-'));
  try {
    for (const [relative, content] of Object.entries({ ...EXAMPLE_BASE, ...files })) {
      if (content === null) continue;
      const target = path.join(root, relative);
      await mkdir(path.dirname(target), { recursive: true });
      if (typeof content === 'object' && 'symlinkTo' in content) await symlink(content.symlinkTo, target);
      else await writeFile(target, content);
    }
    return (await loadRepository(root, { today })).diagnostics;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
