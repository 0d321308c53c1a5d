import type { Diagnostic } from '../../diagnostic.ts';
import type { FileContext } from '../context.ts';
import { adrBodyWith, secondAdr } from '../examples.ts';
import { report, rule } from '../rule.ts';
import { decodeEntities, urlNodes } from './markdown-nodes.ts';
import { startTags } from './start-tags.ts';

/** `safety/unsafe-url`: a link or image whose URL runs script (`javascript:`, `vbscript:`, `data:text/html`). */
export const unsafeUrl = rule<{ scheme: string }>()({
  id: 'safety/unsafe-url',
  severity: 'error',
  summary: 'Links and images use web addresses or relative paths, never javascript:, vbscript: or data:text/html URLs, in any case or entity-encoded.',
  message: ({ scheme }) => `The link's URL starts with ${scheme}, which runs script when a reader follows it.`,
  fix: () => 'Link to a web page (https://…) or to another entry by its file name.',
  examples: {
    ok: secondAdr('', adrBodyWith('See [the BullMQ docs](https://docs.bullmq.io/).')),
    notOk: secondAdr('', adrBodyWith('See [the docs](JaVaScRiPt:alert(1)).')),
  },
});

/** The dangerous scheme a URL starts with once control characters and spaces are dropped, as browsers do. */
function dangerousScheme(url: string): string | undefined {
  const compact = decodeEntities(url).replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^(javascript:|vbscript:|data:text\/html)/.exec(compact)?.[1];
}

/** Attributes whose value a browser loads or follows as a URL. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data']);

/** Reports Markdown links, images and definitions, and URL attributes of HTML start tags (raw HTML or MDX), with a script-running scheme. */
export function checkUnsafeUrls({ file, tree }: FileContext): Diagnostic[] {
  if (tree === undefined) return [];
  const inMarkdown = urlNodes(tree).flatMap(({ url, start }) => {
    const scheme = dangerousScheme(url);
    return scheme === undefined ? [] : [report(unsafeUrl, { file, ...start }, { scheme })];
  });
  const inHtml = startTags(tree).flatMap(({ attributes, at }) =>
    attributes.flatMap(({ name, value }) => {
      const scheme = URL_ATTRIBUTES.has(name) && value !== undefined ? dangerousScheme(value) : undefined;
      return scheme === undefined ? [] : [report(unsafeUrl, { file, ...at }, { scheme })];
    }),
  );
  return [...inMarkdown, ...inHtml];
}
