import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { compile } from '@mdx-js/mdx';
import { loadRepository } from '@handbook/content';
import remarkFrontmatter from 'remark-frontmatter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rehypeSanitizeMdx } from '../src/markdown/rehype-sanitize-mdx.ts';

const run = promisify(execFile);
const siteRoot = path.resolve(fileURLToPath(import.meta.url), '../..');
const repositoryRoot = path.resolve(siteRoot, '../..');
const astro = path.join(repositoryRoot, 'node_modules/astro/bin/astro.mjs');
/** MDX files that try to run code at build time, and the rule, line and column of each attempt. */
const MDX_CODE = path.join(repositoryRoot, 'apps/handbook-e2e/fixtures/mdx-code');
const expected = JSON.parse(await readFile(path.join(MDX_CODE, 'expected.json'), 'utf8')) as Record<
  string,
  { rule: string; line: number; column: number }[]
>;
const expectedLines = Object.entries(expected).flatMap(([file, findings]) =>
  findings.map(({ rule, line, column }) => `${file}:${line}:${column} ${rule}`),
);

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'handbook-mdx-code-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('MDX that tries to run code', () => {
  it('fails lint at every import, export, expression, unknown or computed element and directive, at its line', async () => {
    const repository = await loadRepository(MDX_CODE);
    expect(
      repository.diagnostics
        .map(({ file, line, column, rule }) => `${file}:${line}:${column} ${rule}`)
        .sort(),
    ).toEqual([...expectedLines].sort());
  });

  it('fails the site build at the same lines, before any of it runs', async () => {
    const marker = path.join(work, 'ran');
    const failure = await run(
      process.execPath,
      [astro, 'build', '--outDir', path.join(work, 'dist')],
      {
        cwd: siteRoot,
        env: {
          ...process.env,
          HANDBOOK_REPOSITORY: MDX_CODE,
          HANDBOOK_MDX_MARKER: marker,
          ASTRO_TELEMETRY_DISABLED: '1',
          FORCE_COLOR: '0',
        },
      },
    ).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const output = `${failure?.stdout}${failure?.stderr}`;
    for (const [file, findings] of Object.entries(expected)) {
      for (const { rule, line, column } of findings)
        expect(output).toMatch(
          new RegExp(
            `${file.replaceAll('.', '\\.')}:${line}:${column} error .*\\[${rule.replace('/', '\\/')}\\]`,
          ),
        );
    }
    await expect(access(marker), 'the export that writes the marker never ran').rejects.toThrow();
  }, 120_000);

  it('compiles to a module that imports and evaluates none of it, even where no check ran (the sanitiser is a second wall)', async () => {
    const file = path.join(MDX_CODE, 'content/handbook/run-code.mdx');
    const compiled = String(
      await compile(
        { path: file, value: await readFile(file, 'utf8') },
        { remarkPlugins: [[remarkFrontmatter, ['yaml']]], rehypePlugins: [rehypeSanitizeMdx] },
      ),
    );
    for (const code of [
      'node:fs',
      'node:child_process',
      'writeFileSync',
      'execSync',
      'concat',
      'set:html',
      '/analytics.js',
      'alert(',
    ])
      expect(compiled).not.toContain(code);
    expect(compiled).toContain('Build notes');
  });
});
