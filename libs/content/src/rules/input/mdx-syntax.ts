import { mdxPage } from '../examples.ts';
import { rule } from '../rule.ts';

/** `input/mdx-syntax`: an MDX file the MDX compiler cannot parse; its other checks read it as Markdown. */
export const mdxSyntax = rule<{ reason: string }>()({
  id: 'input/mdx-syntax',
  severity: 'error',
  summary: 'MDX files must parse as MDX: every tag closed, every { } balanced, < and { escaped in text.',
  message: ({ reason }) => `The file is not valid MDX: ${reason.replace(/\.$/, '')}.`,
  fix: () => 'Close the tag or brace at this point, or escape a literal < or { in text as \\< or \\{.',
  examples: {
    ok: mdxPage('Costs fall below 5% of MRR.'),
    notOk: mdxPage('Costs fall <5% of MRR.'),
  },
});
