import { pathToFileURL } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { renderEntry } from '../src/markdown/render-entry.ts';
import { entryHref } from '../src/markdown/rehype-entry-links.ts';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);
const render = async (markdown: string, file = 'adr/0008-target-team-shape.md') =>
  (await renderEntry(parse(markdown), file, pathToFileURL(`/repo/${file}`))).html;

describe('entryHref', () => {
  it('turns relative links to content files of any type into their pages, keeping the fragment', () => {
    expect(entryHref('0005-adopt-grafana-cloud.md', 'adr/0008-x.md')).toBe(
      '/adr/0005-adopt-grafana-cloud/',
    );
    expect(entryHref('./0002-move-to-doks.md#decision', 'adr/0008-x.md')).toBe(
      '/adr/0002-move-to-doks/#decision',
    );
    expect(entryHref('../incidents/2026-11-02-queue-stalled.md', 'adr/0008-x.md')).toBe(
      '/incidents/2026-11-02-queue-stalled/',
    );
    expect(
      entryHref('../../adr/0002-move-to-doks.md', 'content/debt/terraform-state-drift.md'),
    ).toBe('/adr/0002-move-to-doks/');
    expect(
      entryHref('../operations/incident-severity.md', 'content/handbook/people/hiring.md'),
    ).toBe('/handbook/operations/incident-severity/');
  });

  it('leaves every other link alone', () => {
    for (const url of [
      'https://example.com/0005-x.md',
      'README.md',
      '/adr/',
      '#context',
      'mailto:a@example.com',
      '../../package.json',
    ]) {
      expect(entryHref(url, 'adr/0008-x.md')).toBeUndefined();
    }
  });
});

describe('renderEntry', () => {
  it('renders headings with ids, scrollable tables and links to published pages', async () => {
    const html = await render(
      '## Options Considered\n\n| Option | Effort |\n|---|---|\n| A | S |\n\nSee [ADR 5](0005-adopt-grafana-cloud.md).\n',
    );
    expect(html).toContain('<h2 id="options-considered">Options Considered</h2>');
    expect(html).toContain('aria-label="Options Considered"');
    expect(html).toContain('<a href="/adr/0005-adopt-grafana-cloud/">ADR 5</a>');
  });

  it('drops scripts, event handlers, javascript: links, iframes, styles and forms, and keeps ordinary HTML', async () => {
    const html = await render(
      [
        '<script>alert(1)</script>',
        '<img src="x.png" onerror="alert(1)">',
        '[click](javascript:alert(1)) [case](JaVaScRiPt:alert(1)) <javascript:alert(1)>',
        '<iframe src="https://example.com"></iframe>',
        '<style>body{display:none}</style>',
        '<form><input type="password"></form>',
        '<details><summary>More</summary>Kept</details>',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(
      /<script|onerror=|href="javascript:|<iframe|<style|display:none|<form|type="password"/i,
    );
    expect(html).toContain('<a>click</a>');
    expect(html).toContain('<details><summary>More</summary>Kept</details>');
    expect(html).toContain('<img src="x.png">');
  });
});

describe('renderEntry and the tree it is given', () => {
  it('leaves the Markdown tree as it was, so checks and backlinks read after rendering still see the links as written', async () => {
    const tree = parse(
      'See [ADR 5](0005-adopt-grafana-cloud.md) and <a href="0006-x.md">ADR 6</a>.\n',
    );
    const before = structuredClone(tree);
    const { html } = await renderEntry(tree, 'adr/0008-x.md', pathToFileURL('/repo/adr/0008-x.md'));
    expect(html).toContain('<a href="/adr/0005-adopt-grafana-cloud/">ADR 5</a>');
    expect(html).toContain('<a href="/adr/0006-x/">ADR 6</a>');
    expect(tree).toEqual(before);
  });
});
