import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyOfRepository, handbook } from './repository-copy.ts';

const FIXTURES = fileURLToPath(new URL('fixtures/broken/', import.meta.url));

/** What `handbook lint` must say of each fixture: rule, line, column, severity; nothing for valid ones. */
const EXPECTED: Record<
  string,
  { rule: string; line: number; column: number; severity?: 'warning' }[]
> = {
  'bom.md': [],
  'crlf.md': [],
  'non-ascii.md': [],
  'empty.md': [{ rule: 'schema/missing-front-matter', line: 1, column: 1 }],
  'no-front-matter.md': [{ rule: 'schema/missing-front-matter', line: 1, column: 1 }],
  'empty-front-matter.md': [{ rule: 'schema/empty-front-matter', line: 1, column: 1 }],
  'yaml-syntax.md': [{ rule: 'schema/yaml-syntax', line: 2, column: 8 }],
  'unclosed-quote.md': [{ rule: 'schema/yaml-syntax', line: 2, column: 8 }],
  'tab-indentation.md': [{ rule: 'schema/yaml-syntax', line: 6, column: 1 }],
  'duplicate-keys.md': [{ rule: 'schema/yaml-syntax', line: 7, column: 1 }],
  'wrong-type.md': [{ rule: 'schema/wrong-type', line: 2, column: 1 }],
  'impossible-date.md': [{ rule: 'time/impossible-date', line: 4, column: 1 }],
  'binary.md': [{ rule: 'input/binary', line: 1, column: 1 }],
  'invalid-utf8.md': [{ rule: 'input/invalid-utf8', line: 2, column: 1, severity: 'warning' }],
};

interface JsonDiagnostic {
  file: string;
  rule: string;
  line: number;
  column: number;
  severity: string;
  message: string;
}

async function lintAs(root: string, name: string, content: Buffer): Promise<JsonDiagnostic[]> {
  const file = `adr/0099-${path.basename(name, '.md')}.md`;
  await writeFile(path.join(root, file), content);
  const run = await handbook(root, 'lint', '--format', 'json', file);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonDiagnostic[];
}

describe('handbook lint on broken and tricky files', async () => {
  const names = (await readdir(FIXTURES)).filter(
    (name) => name.endsWith('.md') && name !== 'README.md',
  );

  it('has an expectation for every fixture file', () => {
    expect(names.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(names)('%s', async (name) => {
    const root = await copyOfRepository();
    const diagnostics = await lintAs(root, name, await readFile(path.join(FIXTURES, name)));
    expect(
      diagnostics.map(({ rule, line, column, severity }) => ({
        rule,
        line,
        column,
        ...(severity === 'warning' ? { severity } : {}),
      })),
    ).toEqual(EXPECTED[name]);
    for (const diagnostic of diagnostics)
      expect(diagnostic.message).not.toMatch(/Invalid input|expected \w+, received/);
  });

  it('reports a very large file once, unread, with the limit in the message', async () => {
    const root = await copyOfRepository();
    const diagnostics = await lintAs(root, 'large.md', Buffer.alloc(2 * 1024 * 1024, 'a'));
    expect(diagnostics.map(({ rule, line, column }) => ({ rule, line, column }))).toEqual([
      { rule: 'input/too-large', line: 1, column: 1 },
    ]);
    expect(diagnostics[0]?.message).toContain('over the limit of 1048576 bytes');
  });
});
