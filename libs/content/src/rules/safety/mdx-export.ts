import type { Diagnostic } from '../../diagnostic.ts';
import { mdxNodes } from '../../mdx/nodes.ts';
import type { FileContext } from '../context.ts';
import { statementsOf } from './mdx-statements.ts';
import { mdxPage } from '../examples.ts';
import { report, rule } from '../rule.ts';

/** `safety/mdx-export`: an MDX `export`, which defines code that runs when the site is built. */
export const mdxExport = rule<{ statement: string }>()({
  id: 'safety/mdx-export',
  severity: 'error',
  summary: 'MDX exports nothing: an export is code that runs when the site is built, and content is data.',
  message: ({ statement }) => `The MDX has an export (${statement}), which is code that would run in every build, CI included.`,
  fix: () => 'Remove the export and write the value into the text, or into the front matter when it is a field.',
  examples: {
    ok: mdxPage('The queue drains nightly.'),
    notOk: mdxPage("export const owner = 'charles';\n\nThe queue drains nightly."),
  },
});

/** Reports every export statement of an MDX file, at its line. */
export function checkMdxExports({ file, tree }: FileContext): Diagnostic[] {
  if (tree === undefined) return [];
  return mdxNodes(tree).esm.flatMap((node) =>
    statementsOf(node)
      .filter(({ statement }) => statement.type.startsWith('Export'))
      .map(({ at, source }) => report(mdxExport, { file, ...at }, { statement: source })),
  );
}
