import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_PARSERS } from '../src/markdown-file.ts';

/** Real ADRs and postmortems from public repositories, beside the clone in CI and on the team's machines only. */
const CORPUS = path.resolve(fileURLToPath(import.meta.url), '../../../../../shared/corpus');
const present = existsSync(CORPUS);
if (!present) console.warn(`Parser agreement on the corpus skipped: ${CORPUS} is not there (a fresh clone has no ../shared).`);

/** Text as both parsers report it: they replace NUL and lone surrogates differently, which no check reads. */
const normal = (text: string) => text.replace(/[\u0000\ud800-\udfff]/g, '\ufffd');

/**
 * What the checks and the site read from a tree, one line per node: headings (depth, text),
 * links, images and definitions (URL), raw HTML, tables and front matter, each with its start
 * line, column and offset.
 */
function structure(tree: Root): string[] {
  const lines: string[] = [];
  const visit = (node: Nodes) => {
    const at = `${node.position?.start.line}:${node.position?.start.column}@${node.position?.start.offset}`;
    if (node.type === 'heading') lines.push(`${at} h${node.depth} ${normal(toString(node))}`);
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') lines.push(`${at} ${node.type} ${normal(node.url)}`);
    if (node.type === 'html' || node.type === 'yaml') lines.push(`${at} ${node.type} ${normal(node.value)}`);
    if (node.type === 'table') lines.push(`${at} table ${node.children.length}x${node.children[0]?.children.length}`);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return lines;
}

const agree = (text: string) => expect(structure(MARKDOWN_PARSERS.satteri(text))).toEqual(structure(MARKDOWN_PARSERS.remark(text)));

describe('Sätteri, the parser, agrees with remark, the reference, on everything the checks read', () => {
  it.skipIf(!present)('on every real ADR and postmortem of ../shared/corpus', async () => {
    const files = (await readdir(CORPUS, { recursive: true })).filter((file) => file.endsWith('.md') && !/(?:^|\/)(?:SOURCE|README)\.md$/.test(file));
    expect(files.length).toBeGreaterThan(300);
    for (const file of files) agree(await readFile(path.join(CORPUS, file), 'utf8'));
  }, 60_000);

  it('on the constructs the rules look for, in every position', () => {
    const pieces = ['# Title', '## Context', '[x](0001-a.md#decision)', '![i](a.png)', '[r]: https://e.com', '<script>x</script>', '<a href="javascript:x">y</a>', '| a | b |\n|---|---|\n| 1 | 2 |', 'www.example.com', '> quote', '- item', '```\ncode [x](y)\n```', '    indented [x](y)', 'É 😀 [ü](ü.md)', '\r\n', '\n\n', '---\ntitle: x\n---'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }), (parts, noise) => {
        agree([...parts, ...noise].join('\n'));
      }),
      { numRuns: 500 },
    );
  });
});
