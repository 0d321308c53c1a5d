import type { ContentType } from '@handbook/schema';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from './diagnostic.ts';
import { report, RULES } from './rules/index.ts';
import { suggest } from './suggest.ts';

/**
 * The heading an author most likely meant as `section`: one of its names at a level sections are
 * not read at (`# Decision`, `#### Decision`), or a near spelling at level 2 or 3 (`## Decison`).
 */
function meantHeading(section: ContentType['sections'][number], headings: readonly Heading[]): Heading | undefined {
  const names = [section.heading, ...section.alsoCalled].map((name) => name.toLowerCase());
  const text = (heading: Heading) => toString(heading).trim().toLowerCase();
  return (
    headings.find((heading) => names.includes(text(heading))) ??
    headings.find((heading) => (heading.depth === 2 || heading.depth === 3) && suggest(text(heading), names) !== undefined)
  );
}

/**
 * Checks that a Markdown entry has every body section its type requires, as a level-2 or level-3
 * heading under our name or another standard's (`Context and Problem Statement` is MADR's
 * Context; case and surrounding space ignored). Input: the type, the file, its tree. Output: one
 * `structure/missing-section` per missing section: at the heading the author likely meant (at
 * another level, or misspelt), with the heading to write, else at the end of the file where it
 * would go; `structure/imported-missing-section` (a warning) instead when the entry was `imported`.
 */
export function checkSections(type: ContentType, file: string, tree: Root, imported: boolean): Diagnostic[] {
  const allHeadings = tree.children.filter((node): node is Heading => node.type === 'heading');
  const headings = new Set(allHeadings.flatMap((node) => (node.depth === 2 || node.depth === 3 ? [toString(node).trim().toLowerCase()] : [])));
  const end = { line: tree.position?.end.line ?? 1, column: 1 };
  return type.sections
    .filter((section) => section.required && ![section.heading, ...section.alsoCalled].some((name) => headings.has(name.toLowerCase())))
    .map((section) => {
      if (imported) return report(RULES.importedMissingSection, { file, ...end }, { kind: type.label, section: section.heading });
      const meant = meantHeading(section, allHeadings);
      const at = meant?.position === undefined ? end : { line: meant.position.start.line, column: meant.position.start.column };
      const found = meant === undefined ? undefined : `${'#'.repeat(meant.depth)} ${toString(meant).trim()}`;
      return report(RULES.missingSection, { file, ...at }, { kind: type.label, section: section.heading, alsoCalled: section.alsoCalled, found });
    });
}
