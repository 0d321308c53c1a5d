import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built site with Pagefind after every build and writes the index and its
 * JavaScript to `dist/pagefind/`. Only pages that mark their content (`data-pagefind-body`, set
 * by the layout for entries) are indexed, with the filters the layout writes (`search/filters.ts`).
 * Errors Pagefind reports fail the build.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'handbook-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (index === undefined) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          const problems = [...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(problems.join('\n'));
          const milliseconds = (performance.now() - started).toFixed(0);
          logger.info(`search index written to pagefind/ in ${milliseconds} ms after reading ${added.page_count} built pages (only those marked data-pagefind-body are indexed)`);
        } finally {
          await close();
        }
      },
    },
  };
}
