import type { Diagnostic } from '../../diagnostic.ts';
import type { FileContext } from '../context.ts';
import { adrBodyWith, secondAdr } from '../examples.ts';
import { report, rule } from '../rule.ts';
import { startTags } from './start-tags.ts';

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

/** The elements this rule reports: script, and style, which can also exfiltrate. */
export const SCRIPT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style']);

/** Reports every `<script>` or `<style>` start tag in raw HTML or MDX. */
export function checkScript({ file, tree }: FileContext): Diagnostic[] {
  if (tree === undefined) return [];
  return startTags(tree)
    .filter(({ name }) => SCRIPT_ELEMENTS.has(name))
    .map(({ name, at }) => report(script, { file, ...at }, { tag: name }));
}
