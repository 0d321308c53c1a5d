import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../src/markdown-file.ts';
import { readContentFile } from '../src/read-entry.ts';

/** Real ADRs from public repositories, beside the clone in CI and on the team's machines only. */
const CORPUS = path.resolve(fileURLToPath(import.meta.url), '../../../../../shared/corpus/adr');
const present = existsSync(CORPUS);
if (!present) console.warn(`Corpus tests skipped: ${CORPUS} is not there (a fresh clone has no ../shared).`);

async function markdownFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.md$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function read(relativePath: string) {
  return { file: relativePath, text: await readFile(path.join(CORPUS, relativePath), 'utf8') };
}

/** Reads a corpus file as if it were an ADR of this repository, whatever its name. */
function readAsAdr(relativePath: string) {
  return readContentFile(CORPUS, { type: 'adr', id: path.basename(relativePath, '.md'), file: relativePath }, '2026-11-24');
}

describe.skipIf(!present)('front matter of real ADRs from ../shared/corpus', () => {
  it('finds front matter in exactly the files that open with ---, and never throws', async () => {
    const files = await markdownFiles(CORPUS);
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      const parsed = parseMarkdownFile(text);
      expect(parsed.frontmatter !== undefined, file).toBe(/^---\r?\n/.test(text));
    }
  }, 60_000);

  it('reports an unquoted colon in a Backstage title at the value, instead of failing the whole run', async () => {
    const { diagnostics } = await readAsAdr('backstage__backstage/adr001-add-adr-log.md');
    expect(diagnostics[0]).toMatchObject({ file: 'backstage__backstage/adr001-add-adr-log.md', line: 3, column: 8, rule: 'schema/yaml-syntax' });
  });

  it('takes only the block at the top as front matter, not YAML shown in a fenced example', async () => {
    const parsed = parseMarkdownFile((await read('adr__madr/0013-use-yaml-front-matter-for-meta-data.md')).text);
    expect(parsed.frontmatter?.source).toBe('parent: Decisions\nnav_order: 13');
    expect(parsed.body).toContain('```markdown\n---\nstatus: accepted');
  });

  it('reads every MADR record that has front matter (adr/madr, JabRef) with no error but a status word outside ours or missing deciders', async () => {
    const files = (await Promise.all(['adr__madr', 'JabRef__jabref'].map((folder) => markdownFiles(path.join(CORPUS, folder)))))
      .flat()
      .map((file) => path.relative(CORPUS, file))
      .filter((file) => !/(^|\/)(index|README|SOURCE)\.md$/.test(file));
    const read = await Promise.all(files.map(async (file) => ({ file, text: await readFile(path.join(CORPUS, file), 'utf8') })));
    const withFrontMatter = read.filter(({ text }) => /^---\r?\n/.test(text));
    expect(withFrontMatter.length).toBeGreaterThan(60);
    const errors = (
      await Promise.all(
        withFrontMatter.map(async ({ file }) =>
          (await readAsAdr(file)).diagnostics.filter((diagnostic) => diagnostic.severity === 'error' && diagnostic.rule !== 'reference/unpublished-link'),
        ),
      )
    ).flat();
    // What remains is for handbook import to map: "on hold", "superseded by ADR-0057", GitHub
    // handles as deciders, and accepted records that name none (required from accepted on); and,
    // since the files are read where they lie (outside adr/), links between them and their images,
    // which name no entry here (reference/unpublished-link) and which the import rewrites.
    expect(errors.filter((diagnostic) => !/^(status|decision-makers) /.test(diagnostic.message)).map((diagnostic) => `${diagnostic.file}:${diagnostic.line} ${diagnostic.message}`)).toEqual([]);
    expect(new Set(errors.map((diagnostic) => diagnostic.file)).size / withFrontMatter.length).toBeLessThan(0.15);
  });
});
