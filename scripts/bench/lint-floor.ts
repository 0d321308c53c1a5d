/**
 * The floor `handbook lint` is measured against (`npm run bench`): the least any front-matter
 * linter must do. Lists every registered content folder, reads each file, cuts the front matter
 * out with a regular expression, parses it with `yaml` (no positions) and validates it with the
 * type's zod schema. No Markdown parse, no positions, no references, no rules. Usage:
 * `node scripts/bench/lint-floor.ts <repository>`; prints the number of files and of invalid ones.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_TYPE_NAMES, CONTENT_TYPES } from '@handbook/schema';
import { parse } from 'yaml';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

const root = process.argv[2] ?? '.';
let files = 0;
let invalid = 0;
for (const name of CONTENT_TYPE_NAMES) {
  const type = CONTENT_TYPES[name];
  const folder = path.join(root, type.folder);
  const entries = await readdir(folder, { recursive: type.recursive }).catch(() => [] as string[]);
  for (const entry of entries.filter((file) =>
    type.extensions.some((extension) => file.endsWith(extension)),
  )) {
    const text = await readFile(path.join(folder, entry), 'utf8');
    const data: unknown =
      type.format === 'markdown' ? parse(FRONT_MATTER.exec(text)?.[1] ?? '') : JSON.parse(text);
    files += 1;
    if (!type.schema.safeParse(data).success) invalid += 1;
  }
}
console.log(`${files} files, ${invalid} invalid`);
