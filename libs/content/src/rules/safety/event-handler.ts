import type { Diagnostic } from '../../diagnostic.ts';
import type { FileContext } from '../context.ts';
import { adrBodyWith, secondAdr } from '../examples.ts';
import { report, rule } from '../rule.ts';
import { startTags } from './start-tags.ts';

/** `safety/event-handler`: an inline event handler attribute (`onerror=`, `onload=`) in raw HTML. */
export const eventHandler = rule<{ attribute: string }>()({
  id: 'safety/event-handler',
  severity: 'error',
  summary: 'Raw HTML in Markdown has no inline event handlers (onerror, onload, ontoggle…): they run script.',
  message: ({ attribute }) => `The HTML has an inline event handler ${attribute}=, which runs script in the reader's browser.`,
  fix: () => 'Remove the attribute; use Markdown (![alt](image.png)) instead of HTML where you can.',
  examples: {
    ok: secondAdr('', adrBodyWith('<img src="diagram.png" alt="Queues">')),
    notOk: secondAdr('', adrBodyWith('<img src="x" onerror="alert(1)">')),
  },
});

/** Whether an attribute name is an inline event handler (`onerror`, MDX's `onClick`). */
const isEventHandler = (name: string) => /^on[a-z]/i.test(name);

/** Reports every `on…` attribute of an HTML start tag of the body (raw HTML or MDX), at its tag. */
export function checkEventHandlers({ file, tree }: FileContext): Diagnostic[] {
  if (tree === undefined) return [];
  return startTags(tree).flatMap(({ attributes, at }) =>
    attributes.filter(({ name }) => isEventHandler(name)).map(({ name }) => report(eventHandler, { file, ...at }, { attribute: name })),
  );
}
