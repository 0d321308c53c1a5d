import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from './fixture-site.ts';

/** The fixture repository's site, built by the Nx target `handbook:build-fixtures`, which this test depends on. */
const SITE = fixtureSite('repository');

const pages = (await readdir(SITE, { recursive: true }))
  .filter((file) => file.endsWith('.html'))
  .sort();
const documents = await Promise.all(
  pages.map(async (file) => ({
    file,
    document: parseDocument(await readFile(path.join(SITE, file), 'utf8')),
  })),
);

/**
 * What every page of a built site must hold that no browser is needed to see: a strict
 * Content-Security-Policy in a <meta> (the browser tests load one page per template to see that
 * the page's own scripts satisfy it) and no id given twice, which breaks fragment links and
 * labels. Over every page of the fixture site.
 */
describe('every page of the built fixture site', () => {
  it('is more than a handful of pages', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(documents.map(({ file, document }) => [file, document] as const))(
    '%s carries a strict Content-Security-Policy',
    (_file, document) => {
      const [meta] = DomUtils.findAll(
        (element) =>
          element.name === 'meta' &&
          element.attribs['http-equiv']?.toLowerCase() === 'content-security-policy',
        document.children,
      );
      const policy = meta?.attribs.content ?? '';
      expect(policy).toContain("default-src 'self'");
      // Pagefind's WebAssembly needs 'wasm-unsafe-eval', which allows no eval() of JavaScript.
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain(" 'unsafe-eval'");
    },
  );

  it.each(documents.map(({ file, document }) => [file, document] as const))(
    '%s gives no id twice',
    (_file, document) => {
      const ids = DomUtils.findAll(
        (element) => element.attribs.id !== undefined,
        document.children,
      ).map((element) => element.attribs.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    },
  );
});
