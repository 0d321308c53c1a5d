import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '@handbook/content';

/** Largest file shown in a code frame; the reader reports larger ones without reading them. */
const MAX_FRAMED_BYTES = 1024 * 1024;

/**
 * The text of every file that `diagnostics` point into, for code frames: only regular files
 * inside the repository, at most 1 MiB, and none the reader refused (`input/*` rules).
 * Output: repository path → text. Never throws; a file it cannot show is left out.
 */
export async function readSources(
  root: string,
  diagnostics: readonly Diagnostic[],
): Promise<Map<string, string>> {
  const refused = new Set(
    diagnostics
      .filter((diagnostic) => diagnostic.rule.startsWith('input/'))
      .map((diagnostic) => diagnostic.file),
  );
  const files = [...new Set(diagnostics.map((diagnostic) => diagnostic.file))].filter(
    (file) => !refused.has(file),
  );
  const sources = new Map<string, string>();
  await Promise.all(
    files.map(async (file) => {
      const absolute = path.join(root, file);
      try {
        const stats = await lstat(absolute);
        if (!stats.isFile() || stats.size > MAX_FRAMED_BYTES) return;
        sources.set(file, (await readFile(absolute, 'utf8')).replace(/^\uFEFF/, ''));
      } catch {
        return;
      }
    }),
  );
  return sources;
}
