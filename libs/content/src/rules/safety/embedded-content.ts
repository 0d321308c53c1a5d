import type { Diagnostic } from '../../diagnostic.ts';
import type { FileContext } from '../context.ts';
import { adrBodyWith, secondAdr } from '../examples.ts';
import { report, rule } from '../rule.ts';
import { matchesInHtml } from './markdown-nodes.ts';

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

/** Reports every start tag of an embedding, form or document-level element in raw HTML. */
export function checkEmbeddedContent({ file, tree }: FileContext): Diagnostic[] {
  if (tree === undefined) return [];
  return matchesInHtml(tree, /<(iframe|frame|frameset|object|embed|applet|form|meta|base|link)\b/gi).map(({ match, at }) =>
    report(embeddedContent, { file, ...at }, { tag: (match[1] ?? '').toLowerCase() }),
  );
}
