import path from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * Indexes a built site with Pagefind (its own process) and writes the index and its JavaScript
 * to `pagefind/` in the output folder. Only pages that mark their content (`data-pagefind-body`, set by the layout for entries
 * and the team page) are indexed, with the filters the layout writes (`search/filters.ts`),
 * English stemming. Input: the output folder. Output: how many built pages Pagefind read.
 * Throws with every error Pagefind reports.
 */
export async function indexSite(outputFolder: string): Promise<number> {
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (index === undefined) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: outputFolder });
    const written = await index.writeFiles({ outputPath: path.join(outputFolder, 'pagefind') });
    const problems = [...added.errors, ...written.errors];
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return added.page_count;
  } finally {
    await close();
  }
}
