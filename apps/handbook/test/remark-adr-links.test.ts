import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkAdrLinks } from '../src/markdown/remark-adr-links.ts';

function linksAfterRewrite(markdown: string): string[] {
  const processor = unified().use(remarkParse).use(remarkAdrLinks);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const urls: string[] = [];
  const collect = (node: { type: string; url?: string; children?: unknown[] }) => {
    if (node.type === 'link' && node.url !== undefined) urls.push(node.url);
    for (const child of node.children ?? []) collect(child as typeof node);
  };
  collect(tree);
  return urls;
}

describe('remarkAdrLinks', () => {
  it('turns links to ADR files into links to their pages, keeping the fragment', () => {
    expect(
      linksAfterRewrite(
        '[a](0005-adopt-grafana-cloud.md) [b](./0002-move-to-doks.md#decision) [c](../adr/0001-keep-two-teams.md)',
      ),
    ).toEqual(['/adr/0005-adopt-grafana-cloud/', '/adr/0002-move-to-doks/#decision', '/adr/0001-keep-two-teams/']);
  });

  it('leaves every other link alone', () => {
    const links = ['https://example.com/0005-x.md', 'README.md', '../incidents/2026-11-01-outage.md', '/adr/'];
    expect(linksAfterRewrite(links.map((url, index) => `[${index}](${url})`).join(' '))).toEqual(links);
  });
});
