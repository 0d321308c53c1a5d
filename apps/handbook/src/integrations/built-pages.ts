import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { headersFileText, publishingWarnings, repositorySettings } from '@handbook/content';
import { headerPolicy, pagePolicy } from './headers-file.ts';
import {
  brokenLinks,
  builtFiles,
  readMarkdownLinks,
  readPageLinks,
  type BrokenLink,
  type PageLinks,
} from './link-checker.ts';
import { repositoryRoot } from '../lib/repository-root.ts';
import { indexSite } from './search-index.ts';
import { lenientBuild, LENIENT_VARIABLE } from '../lib/lenient.ts';

/**
 * A built site read once from its output folder (`dist/`): every file in it (relative,
 * `/`-separated), what each HTML page links to and defines ({@link readPageLinks}) and what
 * each Markdown twin and `llms.txt` links to ({@link readMarkdownLinks}), and each
 * page's Content-Security-Policy. What the link check and `_headers` both work from.
 */
export async function readBuiltPages(
  outputFolder: string,
): Promise<{ files: Set<string>; pages: Map<string, PageLinks>; policies: string[] }> {
  const files = await builtFiles(outputFolder);
  const pages = new Map<string, PageLinks>();
  const policies: string[] = [];
  await Promise.all(
    [...files]
      .filter((file) => file.endsWith('.html'))
      .map(async (file) => {
        const html = await readFile(path.join(outputFolder, file), 'utf8');
        pages.set(file, readPageLinks(html));
        const policy = pagePolicy(html);
        if (policy !== undefined) policies.push(policy);
      }),
  );
  await Promise.all(
    [...files]
      .filter((file) => file.endsWith('.md') || /^llms(?:-full)?\.txt$/.test(file))
      .map(async (file) =>
        pages.set(file, readMarkdownLinks(await readFile(path.join(outputFolder, file), 'utf8'))),
      ),
  );
  return { files, pages, policies };
}

/**
 * One broken link as the build reports it: at the line of the content file that holds it when
 * the page is an entry's and the link is written there as it was published
 * (`adr/0007-x.md:12: ../docs/setup.md (no page is built at this path), on /adr/0007-x/`), else
 * at the built page. Input: the link and the repository root. Never throws.
 */
async function describeBrokenLink(
  { page, source, href, reason }: BrokenLink,
  root: string,
): Promise<string> {
  if (source === undefined) return `  ${page}: ${href} (${reason})`;
  const text = await readFile(path.join(root, source), 'utf8').catch(() => '');
  const index = text
    .split('\n')
    .findIndex((line) => line.includes(`](${href}`) || line.includes(`="${href}"`));
  return `  ${source}${index === -1 ? '' : `:${index + 1}`}: ${href} (${reason}), on ${page}`;
}

/**
 * What the handbook does with its built pages once Astro has written them: it reads every page
 * once, to fail the build on an internal link or `#fragment` that leads nowhere (naming each
 * page and link; links between entries in Markdown are checked earlier, by the rule
 * `reference/broken-link`) and to write `dist/_headers` with every page's
 * Content-Security-Policy merged ({@link headerPolicy}); then Pagefind indexes them into `dist/pagefind/`. One after
 * the other: on two cores, Pagefind's threads beside the link check made the build slower (ADR 0024).
 * A lenient build ({@link LENIENT_VARIABLE}) reports broken links as a warning instead. Before
 * building, it warns when the repository publishes to a public host without access control
 * (`publishingWarnings`).
 */
export function builtPages(): AstroIntegration {
  let root = '';
  return {
    name: 'handbook-built-pages',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        root = repositoryRoot(config.root);
        for (const warning of publishingWarnings(repositorySettings(root))) logger.warn(warning);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outputFolder = fileURLToPath(dir);
        const started = performance.now();
        const { files, pages, policies } = await readBuiltPages(outputFolder);
        const { publicIndexing } = repositorySettings(root);
        await writeFile(
          path.join(outputFolder, '_headers'),
          headersFileText(headerPolicy(policies, publicIndexing)),
        );
        const broken = brokenLinks(files, pages);
        const list = (await Promise.all(broken.map((link) => describeBrokenLink(link, root)))).join(
          '\n',
        );
        if (broken.length > 0 && lenientBuild()) {
          logger.warn(
            `${broken.length} broken internal link(s), published as they are (${LENIENT_VARIABLE}=1):\n${list}`,
          );
        } else if (broken.length > 0) {
          const error = new AstroError(
            `${broken.length} broken internal link(s) in the built site:\n${list}`,
            'Fix the link or the page it points to, then build again.',
          );
          error.stack = '';
          throw error;
        }
        if (broken.length === 0)
          logger.info(
            `every internal link and fragment of ${pages.size} pages resolves; _headers written with their policies`,
          );
        const searched = await indexSite(outputFolder);
        const milliseconds = (performance.now() - started).toFixed(0);
        logger.info(
          `search index written to pagefind/ with ${searched} pages (those marked data-pagefind-body); ${milliseconds} ms for the built pages in all`,
        );
      },
    },
  };
}
