import type { Diagnostic } from '../../diagnostic.ts';
import type { FileContext } from '../context.ts';
import { adrBodyWith, secondAdr } from '../examples.ts';
import { report, rule } from '../rule.ts';
import { startTags } from './start-tags.ts';

/** `safety/embedded-content`: an element that embeds or submits elsewhere (`<iframe>`, `<object>`, `<embed>`, `<form>`, `<meta>`, `<base>`). */
export const embeddedContent = rule<{ tag: string }>()({
  id: 'safety/embedded-content',
  severity: 'error',
  summary: 'Markdown embeds no other page or plug-in (iframe, object, embed, frame), and holds no form, meta or base element.',
  message: ({ tag }) => `The body holds a raw <${tag}> element, which loads or sends content outside the handbook.`,
  fix: () => 'Remove it and link to the page instead: [title](https://…).',
  examples: {
    ok: secondAdr('', adrBodyWith('See [the dashboard](https://grafana.example/d/queues).')),
    notOk: secondAdr('', adrBodyWith('<iframe src="https://grafana.example/d/queues"></iframe>')),
  },
});

/** The elements this rule reports: they embed a page or plug-in, submit a form, or change the document. */
export const EMBEDDING_ELEMENTS: ReadonlySet<string> = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'meta', 'base', 'link']);

/** Reports every start tag of an embedding, form or document-level element in raw HTML or MDX. */
export function checkEmbeddedContent({ file, tree }: FileContext): Diagnostic[] {
  if (tree === undefined) return [];
  return startTags(tree)
    .filter(({ name }) => EMBEDDING_ELEMENTS.has(name))
    .map(({ name, at }) => report(embeddedContent, { file, ...at }, { tag: name }));
}
