import type { ContentType } from '@handbook/schema';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from './diagnostic.ts';
import { report, RULES } from './rules/index.ts';

/**
 * Checks that a Markdown entry has every body section its type requires, as a level-2 or level-3
 * heading under our name or another standard's (`Context and Problem Statement` is MADR's
 * Context; case and surrounding space ignored). Input: the type, the file, its tree. Output: one
 * `structure/missing-section` per missing section, at the end of the file where it would go;
 * `structure/imported-missing-section` (a warning) instead when the entry was `imported`.
 */
export function checkSections(type: ContentType, file: string, tree: Root, imported: boolean): Diagnostic[] {
  const headings = new Set(
    tree.children.flatMap((node) => (node.type === 'heading' && (node.depth === 2 || node.depth === 3) ? [toString(node).trim().toLowerCase()] : [])),
  );
  const end = { line: tree.position?.end.line ?? 1, column: 1 };
  return type.sections
    .filter((section) => section.required && ![section.heading, ...section.alsoCalled].some((name) => headings.has(name.toLowerCase())))
    .map((section) =>
      imported
        ? report(RULES.importedMissingSection, { file, ...end }, { kind: type.label, section: section.heading })
        : report(RULES.missingSection, { file, ...end }, { kind: type.label, section: section.heading, alsoCalled: section.alsoCalled }),
    );
}
