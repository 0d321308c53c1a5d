import { isMdxComponent, MDX_COMPONENTS, type MdxTypeName } from '@handbook/schema';
import type { Diagnostic } from '../../diagnostic.ts';
import { isHtmlName, mdxNodes } from '../../mdx/nodes.ts';
import { ALLOWED_HTML_ELEMENTS } from '../../sanitize-schema.ts';
import type { FileContext } from '../context.ts';
import { mdxPage } from '../examples.ts';
import { report, rule } from '../rule.ts';
import { EMBEDDING_ELEMENTS } from './embedded-content.ts';
import { SCRIPT_ELEMENTS } from './script.ts';

/** `safety/mdx-element`: an MDX element that is neither an HTML element the handbook publishes nor one of its components. */
export const mdxElement = rule<{ name: string; why: string }>()({
  id: 'safety/mdx-element',
  severity: 'error',
  summary: "MDX elements are HTML elements the handbook publishes or the handbook's own components, named literally: no other component, and no name computed by code.",
  message: ({ name, why }) => `The MDX writes <${name}>, ${why}.`,
  fix: () => `Use Markdown, an HTML element such as <details> or <kbd>, or one of the components: ${Object.keys(MDX_COMPONENTS).join(', ')}.`,
  examples: {
    ok: mdxPage('<details><summary>Why</summary>Because.</details>\n\n<Callout title="Note">Queues drain nightly.</Callout>'),
    notOk: mdxPage('<T type="module" src="/analytics.js" />'),
  },
});

/** Why `name` may not stand in an MDX body of `type`, or `undefined` when it may. Elements other rules report (script, iframe…) are left to them. */
function whyNot(name: string, type: MdxTypeName): string | undefined {
  if (isHtmlName(name)) {
    if (ALLOWED_HTML_ELEMENTS.has(name) || SCRIPT_ELEMENTS.has(name) || EMBEDDING_ELEMENTS.has(name)) return undefined;
    return 'an HTML element the handbook does not publish (it would be removed from the page)';
  }
  if (isMdxComponent(name, type)) return undefined;
  if (Object.hasOwn(MDX_COMPONENTS, name)) return `a component that ${type === 'deck' ? 'decks' : 'handbook pages'} do not offer`;
  if (/[.:]/.test(name)) return 'a name made of parts, which MDX resolves by running code';
  return "which is not one of the handbook's components: a name MDX resolves by running code";
}

/** Reports every MDX element of a deck or handbook page whose name is neither a published HTML element nor an offered component. */
export function checkMdxElements({ file, type, tree }: FileContext): Diagnostic[] {
  if (tree === undefined || (type !== 'deck' && type !== 'page')) return [];
  return mdxNodes(tree).elements.flatMap((element) => {
    const why = element.name === null || element.position === undefined ? undefined : whyNot(element.name, type);
    return why === undefined ? [] : [report(mdxElement, { file, ...(element.position?.start ?? { line: 1, column: 1 }) }, { name: element.name ?? '', why })];
  });
}
