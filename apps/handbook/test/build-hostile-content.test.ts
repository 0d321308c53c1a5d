import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from './fixture-site.ts';
import { CLOBBER_PREFIX } from '@handbook/content';

const siteRoot = path.resolve(fileURLToPath(import.meta.url), '../..');
const repositoryRoot = path.resolve(siteRoot, '../..');
/** Entries with hostile constructs (ADRs one each, an MDX deck and page several), the page each is published at, and the lint rule, line and column of each construct (Playwright opens the same pages in Chromium). */
const HOSTILE = path.join(repositoryRoot, 'apps/handbook-e2e/fixtures/hostile');

const expected = JSON.parse(await readFile(path.join(HOSTILE, 'expected.json'), 'utf8')) as Record<
  string,
  { page: string; findings: { rule: string; line: number; column: number }[] }
>;

/** Elements that run, load or send something, none of which may come out of a Markdown body. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'meta',
  'base',
  'link',
  'svg',
]);
const DANGEROUS_URL = /^\s*(?:javascript|vbscript|data:text\/html)/i;

/** The hostile site and its build log, written by the Nx target `handbook:build-fixtures` (scripts/build-fixture-sites.ts), which this test depends on. */
const out = fixtureSite('hostile');
const log = await readFile(`${out}.log`, 'utf8');

/** What an entry's rendered body holds that could run, load or send: elements, handlers, URLs, comments. */
function executableParts(body: Element): string[] {
  const found: string[] = [];
  visit(body as unknown as Root, (node) => {
    if (node.type === 'comment') found.push('<!-- comment -->');
    if (node.type !== 'element') return;
    if (FORBIDDEN_ELEMENTS.has(node.tagName)) found.push(`<${node.tagName}>`);
    // The sanitiser keeps inputs only as GitHub does, as the disabled checkboxes of task lists.
    if (
      node.tagName === 'input' &&
      !(node.properties.type === 'checkbox' && node.properties.disabled === true)
    )
      found.push(`<input type=${String(node.properties.type)}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (name.startsWith('dataPagefind')) found.push(`${node.tagName} ${name}`);
      // An authored name or id that is not prefixed could replace a DOM method (document.querySelector).
      if (name === 'name' && !String(value).startsWith(CLOBBER_PREFIX))
        found.push(`${node.tagName} name=${String(value)}`);
      if (/^on/i.test(name)) found.push(`${node.tagName} ${name}`);
      if (
        ['href', 'src', 'action', 'formAction', 'data'].includes(name) &&
        DANGEROUS_URL.test(String(value))
      )
        found.push(`${node.tagName} ${name}=${String(value)}`);
    }
  });
  return found;
}

describe('a site build over hostile content', () => {
  it('finishes and logs each construct at its file, line and column with the rule lint fails on', () => {
    for (const [file, { findings }] of Object.entries(expected)) {
      if (findings.length === 0) expect(log).not.toContain(`${file}:`);
      for (const { rule, line, column } of findings) {
        expect(log).toMatch(
          new RegExp(
            `${file.replaceAll('.', '\\.')}:${line}:${column} error .*\\[${rule.replace('/', '\\/')}\\]`,
          ),
        );
      }
    }
  });

  it.each(Object.entries(expected))(
    'publishes %s with nothing executable in its body',
    async (_file, { page }) => {
      const html = await readFile(path.join(out, page, 'index.html'), 'utf8');
      let body: Element | undefined;
      visit(fromHtml(html), 'element', (node: Element) => {
        if (node.properties.dataEntryBody !== undefined) body = node;
      });
      expect(body, 'the page has its body').toBeDefined();
      expect(executableParts(body as Element)).toEqual([]);
      expect(html).not.toContain('evil.example');
      expect(html, 'no authored search metadata').not.toMatch(
        /data-pagefind-[a-z]+="[^"]*Password reset/,
      );
    },
  );
});
