import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const siteRoot = path.resolve(fileURLToPath(import.meta.url), '../..');
const repositoryRoot = path.resolve(siteRoot, '../..');
const astro = path.join(repositoryRoot, 'node_modules/astro/bin/astro.mjs');
/** ADRs with one hostile construct each, and the lint rule, line and column each is reported at (Playwright opens the same pages in Chromium). */
const HOSTILE = path.join(repositoryRoot, 'apps/handbook-e2e/fixtures/hostile');

const expected = JSON.parse(await readFile(path.join(HOSTILE, 'expected.json'), 'utf8')) as Record<string, { rule: string | null; line: number; column: number }>;

/** Elements that run, load or send something, none of which may come out of a Markdown body. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'meta', 'base', 'link', 'svg']);
const DANGEROUS_URL = /^\s*(?:javascript|vbscript|data:text\/html)/i;

let out: string;
let log: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'handbook-hostile-site-'));
  const result = await run(process.execPath, [astro, 'build', '--outDir', out], {
    cwd: siteRoot,
    env: { ...process.env, HANDBOOK_REPOSITORY: HOSTILE, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  log = `${result.stdout}\n${result.stderr}`;
}, 180_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** What an entry's rendered body holds that could run, load or send: elements, handlers, URLs, comments. */
function executableParts(body: Element): string[] {
  const found: string[] = [];
  visit(body as unknown as Root, (node) => {
    if (node.type === 'comment') found.push('<!-- comment -->');
    if (node.type !== 'element') return;
    if (FORBIDDEN_ELEMENTS.has(node.tagName)) found.push(`<${node.tagName}>`);
    // The sanitiser keeps inputs only as GitHub does, as the disabled checkboxes of task lists.
    if (node.tagName === 'input' && !(node.properties.type === 'checkbox' && node.properties.disabled === true)) found.push(`<input type=${String(node.properties.type)}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${node.tagName} ${name}`);
      if (['href', 'src', 'action', 'formAction', 'data'].includes(name) && DANGEROUS_URL.test(String(value))) found.push(`${node.tagName} ${name}=${String(value)}`);
    }
  });
  return found;
}

describe('a site build over hostile content', () => {
  it('finishes and logs each construct at its file, line and column with the rule lint fails on', () => {
    for (const [name, { rule, line, column }] of Object.entries(expected)) {
      if (rule === null) expect(log).not.toContain(`adr/${name}.md:`);
      else expect(log).toMatch(new RegExp(`adr/${name}\\.md:${line}:${column} error .*\\[${rule.replace('/', '\\/')}\\]`));
    }
  });

  it.each(Object.keys(expected))('publishes %s with nothing executable in its body', async (name) => {
    const html = await readFile(path.join(out, 'adr', name, 'index.html'), 'utf8');
    let body: Element | undefined;
    visit(fromHtml(html), 'element', (node: Element) => {
      if (node.properties.dataEntryBody !== undefined) body = node;
    });
    expect(body, 'the page has its body').toBeDefined();
    expect(executableParts(body as Element)).toEqual([]);
    expect(html).not.toContain('evil.example');
  });
});
