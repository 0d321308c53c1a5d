import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { AdrSchema, parseAdrFileName, type Adr } from '@handbook/schema';
import { readFrontmatter, readSourceFile } from './content-file.ts';
import type { Diagnostic } from './diagnostic.ts';
import { report, RULES } from './rules.ts';
import { validateWithSchema } from './validate.ts';
import type { YamlSource } from './yaml-source.ts';

/** The folder, relative to the repository root, that holds the ADRs. */
export const ADR_FOLDER = 'adr';

/** An ADR read from `adr/`, valid against `AdrSchema`. */
export interface AdrEntry {
  /** The file name without `.md`: the id other content uses. */
  id: string;
  /** The four-digit number prefix as an integer. */
  number: number;
  /** Path relative to the repository root (`adr/0004-move-redis-queues-to-bullmq.md`). */
  file: string;
  /** Validated front matter. */
  data: Adr;
  /** The Markdown body after the front matter. */
  body: string;
}

/** An ADR together with its positioned YAML, so later checks can point at its keys. */
export interface LocatedAdr {
  entry: AdrEntry;
  yaml: YamlSource;
}

/** Files in `adr/` that are about the folder rather than a decision. */
const FOLDER_FILES = new Set(['readme.md', 'index.md']);

/**
 * Reads every ADR in `<root>/adr/` (not recursive), checking the file name convention and
 * the front matter. Input: the repository root. Output: the valid ADRs with positions, and
 * the diagnostics of the rest. A missing `adr/` folder yields no ADRs and no diagnostics.
 */
export async function readAdrs(root: string): Promise<{ adrs: LocatedAdr[]; diagnostics: Diagnostic[] }> {
  const names = await readdir(path.join(root, ADR_FOLDER)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const adrs: LocatedAdr[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of names.sort()) {
    if (!name.toLowerCase().endsWith('.md') || FOLDER_FILES.has(name.toLowerCase())) continue;
    const source = await readSourceFile(root, path.join(ADR_FOLDER, name));
    const fileName = parseAdrFileName(name);
    if (fileName === undefined) {
      diagnostics.push(report(RULES.fileName, { file: source.file, line: 1, column: 1 }, { name, convention: 'NNNN-kebab-title.md' }));
      continue;
    }
    const parsed = readFrontmatter(source, 'ADR');
    if (Array.isArray(parsed)) {
      diagnostics.push(...parsed);
      continue;
    }
    const validated = validateWithSchema(AdrSchema, parsed.yaml, source.file);
    diagnostics.push(...validated.diagnostics);
    if (validated.data === undefined) continue;
    adrs.push({
      entry: { id: fileName.id, number: fileName.number, file: source.file, data: validated.data, body: parsed.markdown.body },
      yaml: parsed.yaml,
    });
  }
  return { adrs, diagnostics };
}
