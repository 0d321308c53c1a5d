import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

/** The end of an element whose text Pagefind would run into the next one's: table cells, definition rows, list items, captions. */
const CELL_END = /<\/(td|th|dt|dd|li|caption)>/g;

/**
 * A page's HTML as Pagefind should read it: a space before the end of every table cell,
 * definition term and description, list item and caption, so that an excerpt reads
 * "92 min ≤ 30 min", not "92 min≤ 30 min" (Pagefind treats these elements as inline and drops
 * whitespace between elements; Pagefind issue 736). The published page is not changed.
 */
export function withWordBreaks(html: string): string {
  return html.replace(CELL_END, ' </$1>');
}

/** The address of a built page from its file (`adr/x/index.html` → `/adr/x/`, `404.html` → `/404.html`). */
const urlOf = (file: string) =>
  `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/** How many pages are read and handed to Pagefind at once. */
const BATCH = 64;

/**
 * Indexes a built site with Pagefind (its own process) and writes the index and its JavaScript
 * to `pagefind/` in the output folder. Only pages that mark their content (`data-pagefind-body`,
 * set by the layout for entries and the team page) are indexed, each {@link withWordBreaks}, with
 * the filters the layout writes (`search/filters.ts`), English stemming. Input: the output
 * folder. Output: how many pages were indexed. Throws with every error Pagefind reports.
 */
export async function indexSite(outputFolder: string): Promise<number> {
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (index === undefined) throw new Error(errors.join('\n'));
    const pages = (await readdir(outputFolder, { recursive: true })).filter(
      (file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`),
    );
    const problems: string[] = [];
    let indexed = 0;
    for (let start = 0; start < pages.length; start += BATCH) {
      await Promise.all(
        pages.slice(start, start + BATCH).map(async (file) => {
          const html = await readFile(path.join(outputFolder, file), 'utf8');
          if (!html.includes('data-pagefind-body')) return;
          const added = await index.addHTMLFile({
            url: urlOf(file),
            content: withWordBreaks(html),
          });
          problems.push(...added.errors);
          indexed += 1;
        }),
      );
    }
    const written = await index.writeFiles({ outputPath: path.join(outputFolder, 'pagefind') });
    problems.push(...written.errors);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return indexed;
  } finally {
    await close();
  }
}
