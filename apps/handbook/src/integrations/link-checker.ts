import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { Parser } from 'htmlparser2';

/** What one built page offers and asks for: the fragments it defines and the links it holds. */
interface PageLinks {
  ids: Set<string>;
  links: string[];
}

/** A link of the built site that leads nowhere: the page it sits on, the link as written, why. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** Elements whose `href` a reader follows or a browser fetches. */
const LINKING_ELEMENTS = new Set(['a', 'area', 'link']);
/** A scheme (`https:`, `mailto:`) or a protocol-relative `//host`: not a page of this site. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function readPage(html: string): PageLinks {
  const page: PageLinks = { ids: new Set(), links: [] };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id !== undefined) page.ids.add(attributes.id);
      if (name === 'a' && attributes.name !== undefined) page.ids.add(attributes.name);
      if (LINKING_ELEMENTS.has(name) && attributes.href !== undefined) page.links.push(attributes.href);
    },
  });
  parser.end(html);
  return page;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The built file a site path is served from, among `files` (paths relative to the output folder). */
function servedFile(sitePath: string, files: ReadonlySet<string>): string | undefined {
  const relative = decoded(sitePath).replace(/^\/+/, '');
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * Every internal link of a built site that does not resolve: a path no built file serves, or a
 * `#fragment` that names no `id` on its target page. Input: the output folder (`dist/`). Output:
 * one {@link BrokenLink} per broken link, by page path, in page order. Links to other sites, `mailto:`
 * and the like are not followed; `#` alone (the top of the page) always resolves.
 */
export async function findBrokenLinks(outputFolder: string): Promise<BrokenLink[]> {
  const files = new Set((await readdir(outputFolder, { recursive: true })).map((file) => file.split(path.sep).join('/')));
  const htmlFiles = [...files].filter((file) => file.endsWith('.html')).sort();
  const pages = new Map<string, PageLinks>();
  await Promise.all(htmlFiles.map(async (file) => pages.set(file, readPage(await readFile(path.join(outputFolder, file), 'utf8')))));

  const broken: BrokenLink[] = [];
  for (const file of htmlFiles) {
    const pagePath = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
    for (const href of pages.get(file)?.links ?? []) {
      if (EXTERNAL.test(href)) continue;
      const [beforeFragment = '', fragment] = href.split('#', 2) as [string, string | undefined];
      const target = new URL(beforeFragment.split('?')[0] || pagePath, `https://site${pagePath}`).pathname;
      const targetFile = servedFile(target, files);
      if (targetFile === undefined) {
        broken.push({ page: pagePath, href, reason: 'no page is built at this path' });
      } else if (fragment !== undefined && fragment !== '' && targetFile.endsWith('.html') && !pages.get(targetFile)?.ids.has(decoded(fragment))) {
        broken.push({ page: pagePath, href, reason: `no element with id "${decoded(fragment)}" on ${target}` });
      }
    }
  }
  return broken.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
}

/**
 * Fails the build when a link between pages of the built site leads nowhere, naming each page
 * and link. Links between entries in Markdown bodies are checked earlier, where the content is
 * read (`handbook lint`, rule `reference/broken-link`); this catches what templates build.
 */
export function linkChecker(): AstroIntegration {
  return {
    name: 'handbook-link-checker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const broken = await findBrokenLinks(fileURLToPath(dir));
        if (broken.length > 0) {
          const list = broken.map(({ page, href, reason }) => `  ${page}: ${href} (${reason})`).join('\n');
          const error = new AstroError(`${broken.length} broken internal link(s) in the built site:\n${list}`, 'Fix the link or the page it points to, then build again.');
          error.stack = '';
          throw error;
        }
        logger.info('every internal link and fragment resolves');
      },
    },
  };
}
