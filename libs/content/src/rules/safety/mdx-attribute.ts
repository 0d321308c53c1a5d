import type { Diagnostic } from '../../diagnostic.ts';
import { isRawAttribute, mdxNodes } from '../../mdx/nodes.ts';
import type { FileContext } from '../context.ts';
import { mdxPage } from '../examples.ts';
import { report, rule } from '../rule.ts';

/** `safety/mdx-attribute`: an Astro directive or raw-HTML prop on an MDX element (`set:html`, `is:raw`, `client:load`, `dangerouslySetInnerHTML`). */
export const mdxAttribute = rule<{ name: string }>()({
  id: 'safety/mdx-attribute',
  severity: 'error',
  summary: 'MDX elements take no Astro directives (set:html, is:raw, client:*, define:vars) and no raw-HTML props: they publish unsanitised HTML or ship script.',
  message: ({ name }) => `The MDX element has the attribute ${name}, which would publish unsanitised HTML or ship script to readers.`,
  fix: () => 'Remove the attribute and write the content as Markdown inside the element.',
  examples: {
    ok: mdxPage('<details><summary>Why</summary>Because.</details>'),
    notOk: mdxPage('<div set:html="<b>bold</b>" />'),
  },
});


/** Reports every directive or raw-HTML attribute of an MDX element, at the attribute. */
export function checkMdxAttributes({ file, tree }: FileContext): Diagnostic[] {
  if (tree === undefined) return [];
  return mdxNodes(tree).elements.flatMap((element) =>
    element.attributes.flatMap((attribute) => {
      const at = attribute.position?.start ?? element.position?.start;
      return attribute.type === 'mdxJsxAttribute' && isRawAttribute(attribute.name) && at !== undefined ? [report(mdxAttribute, { file, ...at }, { name: attribute.name })] : [];
    }),
  );
}
