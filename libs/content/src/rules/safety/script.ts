import type { Diagnostic } from '../../diagnostic.ts';
import type { FileContext } from '../context.ts';
import { adrBodyWith, secondAdr } from '../examples.ts';
import { report, rule } from '../rule.ts';
import { matchesInHtml } from './markdown-nodes.ts';

/** `safety/script`: a raw `<script>` element in Markdown. */
export const script = rule<{ tag: string }>()({
  id: 'safety/script',
  severity: 'error',
  summary: 'Markdown holds no <script> element: the handbook is published to the whole organisation, and content is not code.',
  message: ({ tag }) => `The body holds a raw <${tag}> element, which would run in every reader's browser.`,
  fix: () => 'Remove it; to show code, put it in a fenced code block (```html).',
  examples: {
    ok: secondAdr('', adrBodyWith('```html\n<script>alert(1)</script>\n```')),
    notOk: secondAdr('', adrBodyWith('<script>alert(document.cookie)</script>')),
  },
});

/** Reports every `<script>` (or `<style>`, which can also exfiltrate) start tag in raw HTML. */
export function checkScript({ file, tree }: FileContext): Diagnostic[] {
  if (tree === undefined) return [];
  return matchesInHtml(tree, /<(script|style)\b/gi).map(({ match, at }) => report(script, { file, ...at }, { tag: (match[1] ?? '').toLowerCase() }));
}
