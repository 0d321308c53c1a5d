import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/** What one built page offers and asks for: the fragments it defines, the links it holds, and the content file it was built from. */
export interface PageLinks {
  ids: Set<string>;
  links: string[];
  /** The repository-relative file of an entry's page (its footer's `data-source-file`); absent for other pages. */
  source?: string;
}

/** A link of the built site that leads nowhere: the page it sits on, the content file that page was built from, the link as written, why. */
export interface BrokenLink {
  page: string;
  source?: string;
  href: string;
  reason: string;
}

/** Elements whose `href` a reader follows or a browser fetches. */
const LINKING_ELEMENTS = new Set(['a', 'area', 'link']);
/** A scheme (`https:`, `mailto:`) or a protocol-relative `//host`: not a page of this site. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The ids (and `<a name>`s) a page defines and the `href` of each `<a>`, `<area>` and `<link>` on it. Input: the page's HTML. */
export function readPageLinks(html: string): PageLinks {
  const page: PageLinks = { ids: new Set(), links: [] };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id !== undefined) page.ids.add(attributes.id);
      if (attributes['data-source-file'] !== undefined)
        page.source = attributes['data-source-file'];
      if (name === 'a' && attributes.name !== undefined) page.ids.add(attributes.name);
      if (LINKING_ELEMENTS.has(name) && attributes.href !== undefined)
        page.links.push(attributes.href);
    },
  });
  parser.end(html);
  return page;
}

/** A line that opens or closes a fenced code block: three or more backticks or tildes. */
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** An inline code span on one line. */
const CODE_SPAN = /`[^`\n]*`/g;
/** An inline Markdown link's destination. */
const MARKDOWN_LINK = /\]\(([^()\s]+)\)/g;

/** The lines of Markdown outside fenced code blocks, in one pass (an unclosed fence runs to the end). */
function outsideFences(text: string): string[] {
  const kept: string[] = [];
  let open: string | undefined;
  for (const line of text.split('\n')) {
    const fence = FENCE.exec(line)?.[1];
    const closes =
      open !== undefined &&
      fence !== undefined &&
      fence[0] === open[0] &&
      fence.length >= open.length;
    if (closes) open = undefined;
    else if (open === undefined && fence !== undefined) open = fence;
    else if (open === undefined) kept.push(line);
  }
  return kept;
}

/**
 * The inline links of a built Markdown or text file (`/llms.txt`, an entry's `.md` twin), code
 * left out; such a file defines no fragments. Input: the file's text.
 */
export function readMarkdownLinks(text: string): PageLinks {
  const prose = outsideFences(text).join('\n').replace(CODE_SPAN, '');
  // A destination may be written in angle brackets: `](<https://example.com/a b>)`.
  const links = [...prose.matchAll(MARKDOWN_LINK)].map(([, url = '']) =>
    url.replace(/^<(.*)>$/, '$1'),
  );
  return { ids: new Set(), links };
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
  const candidates =
    relative === '' || relative.endsWith('/')
      ? [`${relative}index.html`]
      : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/** The site path a built HTML file is served at: `adr/index.html` → `/adr/`, `404.html` → `/404.html`. */
function sitePathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Every internal link of a built site that does not resolve: a path no built file serves, or a
 * `#fragment` that names no `id` on its target page. Input: every file of the output folder
 * (paths relative to it, `/`-separated) and what each HTML file among them links to
 * ({@link readPageLinks}). Output: one {@link BrokenLink} per broken link, by page path, in page
 * order. Links to other sites, `mailto:` and the like are not followed; `#` alone (the top of the
 * page) always resolves.
 */
export function brokenLinks(
  files: ReadonlySet<string>,
  pages: ReadonlyMap<string, PageLinks>,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const sourceOf = (file: string) => {
    const source = pages.get(file)?.source;
    return source === undefined ? {} : { source };
  };
  for (const file of [...pages.keys()].sort()) {
    const pagePath = sitePathOf(file);
    for (const href of pages.get(file)?.links ?? []) {
      if (EXTERNAL.test(href)) continue;
      const [beforeFragment = '', fragment] = href.split('#', 2) as [string, string | undefined];
      const target = new URL(beforeFragment.split('?')[0] || pagePath, `https://site${pagePath}`)
        .pathname;
      const targetFile = servedFile(target, files);
      if (targetFile === undefined) {
        broken.push({
          page: pagePath,
          ...sourceOf(file),
          href,
          reason: 'no page is built at this path',
        });
      } else if (
        fragment !== undefined &&
        fragment !== '' &&
        targetFile.endsWith('.html') &&
        !pages.get(targetFile)?.ids.has(decoded(fragment))
      ) {
        broken.push({
          page: pagePath,
          ...sourceOf(file),
          href,
          reason: `no element with id "${decoded(fragment)}" on ${target}`,
        });
      }
    }
  }
  return broken.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
}

/** Every file below an output folder, relative to it and `/`-separated. */
export async function builtFiles(outputFolder: string): Promise<Set<string>> {
  return new Set(
    (await readdir(outputFolder, { recursive: true })).map((file) =>
      file.split(path.sep).join('/'),
    ),
  );
}
