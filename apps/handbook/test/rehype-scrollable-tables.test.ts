import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { expect, it } from 'vitest';
import { rehypeScrollableTables } from '../src/markdown/rehype-scrollable-tables.ts';

const toHtml = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeScrollableTables)
      .use(rehypeStringify)
      .processSync(markdown),
  );

const TABLE = '| Option | Effort |\n|---|---|\n| Do nothing | — |\n';

it('wraps a table in a focusable region named after the heading above it', () => {
  const html = toHtml(`## Options Considered\n\nSome text.\n\n${TABLE}`);
  expect(html).toContain(
    '<div class="table-scroll" tabindex="0" role="region" aria-label="Options Considered" data-table-scroll=""><table>',
  );
});

it('falls back to a generic name when no heading precedes the table', () => {
  expect(toHtml(TABLE)).toContain('role="region" aria-label="Table"');
});
