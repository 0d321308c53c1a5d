import type { Diagnostic } from '../../diagnostic.ts';
import { readLiteral } from '../../mdx/literal.ts';
import { mdxNodes } from '../../mdx/nodes.ts';
import type { FileContext } from '../context.ts';
import { mdxPage } from '../examples.ts';
import { report, rule } from '../rule.ts';

/** `safety/mdx-expression`: an MDX expression (`{…}`) that is code rather than a literal value. */
export const mdxExpression = rule<{ where: string; source: string }>()({
  id: 'safety/mdx-expression',
  severity: 'error',
  summary: 'MDX expressions hold literal values only (text, numbers, true/false, lists and maps of those): anything else is code that runs when the site is built.',
  message: ({ where, source }) => `The ${where} {${source}} is code, which would run in every build; the handbook allows only literal values there.`,
  fix: () => 'Write the value itself: a prop as text (title="Note") or a literal (limit={6}, items={["a", "b"]}); body text as plain Markdown.',
  examples: {
    ok: mdxPage('<Callout title="Note" >Drained {"nightly"}.</Callout>\n\n<DebtConstraints limit={6} />'),
    notOk: mdxPage('<Callout title={process.env.HOME}>Drained nightly.</Callout>'),
  },
});

/** The start of an expression's source for a message: one line, at most 40 characters. */
const excerpt = (source: string) => {
  const line = source.trim().split('\n')[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
};

/**
 * Reports every MDX expression that is not a literal value: in the body (`{…}`), as a prop's
 * value (`title={…}`), and every spread of props (`{...props}`), which is code whatever it holds.
 */
export function checkMdxExpressions({ file, tree }: FileContext): Diagnostic[] {
  if (tree === undefined) return [];
  const { expressions, elements } = mdxNodes(tree);
  const inBody = expressions.flatMap((node) =>
    node.position === undefined || readLiteral(node.data?.estree) !== undefined ? [] : [report(mdxExpression, { file, ...node.position.start }, { where: 'expression', source: excerpt(node.value) })],
  );
  const inProps = elements.flatMap((element) =>
    element.attributes.flatMap((attribute): Diagnostic[] => {
      const at = attribute.position?.start ?? element.position?.start;
      if (at === undefined) return [];
      if (attribute.type === 'mdxJsxExpressionAttribute') return [report(mdxExpression, { file, ...at }, { where: 'spread of props', source: excerpt(attribute.value) })];
      const { value } = attribute;
      if (value === null || value === undefined || typeof value === 'string' || readLiteral(value.data?.estree) !== undefined) return [];
      return [report(mdxExpression, { file, ...at }, { where: `value of ${attribute.name}`, source: excerpt(value.value) })];
    }),
  );
  return [...inBody, ...inProps];
}
