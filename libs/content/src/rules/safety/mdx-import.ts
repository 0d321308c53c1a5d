import type { Program } from 'estree';
import { isMdxComponent, MDX_COMPONENTS, mdxComponentOfModule, type MdxTypeName } from '@handbook/schema';
import type { Diagnostic } from '../../diagnostic.ts';
import { mdxNodes } from '../../mdx/nodes.ts';
import type { FileContext } from '../context.ts';
import { mdxPage } from '../examples.ts';
import { report, rule } from '../rule.ts';
import { statementsOf } from './mdx-statements.ts';

const importable = Object.values(MDX_COMPONENTS).flatMap((component) => ('module' in component ? [component.module] : []));

/** `safety/mdx-import`: an MDX `import` of anything but one of the handbook's own component modules. */
export const mdxImport = rule<{ source: string }>()({
  id: 'safety/mdx-import',
  severity: 'error',
  summary: "MDX imports nothing but the handbook's own components: an import runs its module's code when the site is built.",
  message: ({ source }) => `The MDX imports "${source}", which would run that module's code in every build, CI included.`,
  fix: () =>
    `Remove the import: every component the handbook offers is available by name without one (${Object.keys(MDX_COMPONENTS).join(', ')}); the only modules that may be imported are ${importable.join(', ')}, each by its own name.`,
  examples: {
    ok: mdxPage("import Callout from '@handbook/slides/components/Callout.astro';\n\n<Callout title=\"Note\">Queues drain nightly.</Callout>"),
    notOk: mdxPage("import { execSync } from 'node:child_process';\n\nQueues drain nightly."),
  },
});

/** Whether an import declaration brings in one allow-listed component by its own name, for a type that offers it. */
function isAllowedImport(statement: Program['body'][number], type: MdxTypeName): boolean {
  if (statement.type !== 'ImportDeclaration') return false;
  const name = mdxComponentOfModule(String(statement.source.value));
  const [specifier, ...others] = statement.specifiers;
  return name !== undefined && isMdxComponent(name, type) && others.length === 0 && specifier?.type === 'ImportDefaultSpecifier' && specifier.local.name === name;
}

/** Reports every import in an MDX file (decks and handbook pages) but those of allow-listed component modules. */
export function checkMdxImports({ file, type, tree }: FileContext): Diagnostic[] {
  if (tree === undefined || (type !== 'deck' && type !== 'page')) return [];
  return mdxNodes(tree).esm.flatMap((node) =>
    statementsOf(node)
      .filter(({ statement }) => statement.type === 'ImportDeclaration' && !isAllowedImport(statement, type))
      .map(({ statement, at }) => report(mdxImport, { file, ...at }, { source: statement.type === 'ImportDeclaration' ? String(statement.source.value) : '' })),
  );
}
