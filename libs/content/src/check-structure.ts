import type { ContentType } from '@handbook/schema';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic, Replacement } from './diagnostic.ts';
import { report, RULES } from './rules/index.ts';
import { suggest } from './suggest.ts';

/** A heading that stands for a missing section, and the section name it most likely meant. */
interface Meant {
  heading: Heading;
  name: string;
}

/**
 * The heading an author most likely meant as `section`: one of its names at a level sections are
 * not read at (`# Decision`, `#### Decision`), or at level 2 or 3 a near spelling (`## Decison`)
 * or the first words of a name (`## Options` for Options Considered).
 */
function meantHeading(section: ContentType['sections'][number], headings: readonly Heading[]): Meant | undefined {
  const names = [section.heading, ...section.alsoCalled];
  const text = (heading: Heading) => toString(heading).trim().toLowerCase();
  const readable = (heading: Heading) => heading.depth === 2 || heading.depth === 3;
  const nameFor = (written: string) =>
    names.find((name) => name.toLowerCase() === written) ??
    names.find((name) => suggest(written, [name.toLowerCase()]) !== undefined) ??
    names.find((name) => written.length >= 4 && name.toLowerCase().startsWith(`${written} `));
  for (const heading of headings) {
    const name = names.find((candidate) => candidate.toLowerCase() === text(heading));
    if (name !== undefined) return { heading, name };
  }
  for (const heading of headings.filter(readable)) {
    const name = nameFor(text(heading));
    if (name !== undefined) return { heading, name };
  }
  return undefined;
}

/** The replacement of a one-line `#` heading by `## name` (or `### name` at level 3); none for other forms. */
function renameHeading(text: string, { heading, name }: Meant): Replacement[] {
  const { start, end } = heading.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return [];
  const written = text.slice(start.offset, end.offset);
  if (!/^#{1,6}[ \t]+[^\n]*$/.test(written)) return [];
  return [{ line: start.line, column: start.column, old: written, new: `${'#'.repeat(heading.depth === 3 ? 3 : 2)} ${name}` }];
}

/**
 * Checks that a Markdown entry has every body section its type requires, as a level-2 or level-3
 * heading under our name or another standard's (`Context and Problem Statement` is MADR's
 * Context; case and surrounding space ignored). Input: the type, the file, its text and tree. Output: one
 * `structure/missing-section` per missing section: at the heading the author likely meant (at
 * another level, or misspelt), with the heading to write, else at the end of the file where it
 * would go; `structure/imported-missing-section` (a warning) instead when the entry was `imported`.
 */
export function checkSections(type: ContentType, file: string, text: string, tree: Root, imported: boolean): Diagnostic[] {
  const allHeadings = tree.children.filter((node): node is Heading => node.type === 'heading');
  const headings = new Set(allHeadings.flatMap((node) => (node.depth === 2 || node.depth === 3 ? [toString(node).trim().toLowerCase()] : [])));
  const end = { line: tree.position?.end.line ?? 1, column: 1 };
  return type.sections
    .filter((section) => section.required && ![section.heading, ...section.alsoCalled].some((name) => headings.has(name.toLowerCase())))
    .map((section) => {
      if (imported) return report(RULES.importedMissingSection, { file, ...end }, { kind: type.label, section: section.heading });
      const meant = meantHeading(section, allHeadings);
      const start = meant?.heading.position?.start;
      const at = start === undefined ? end : { line: start.line, column: start.column };
      const found = meant === undefined ? undefined : `${'#'.repeat(meant.heading.depth)} ${toString(meant.heading).trim()}`;
      const diagnostic = report(RULES.missingSection, { file, ...at }, { kind: type.label, section: section.heading, alsoCalled: section.alsoCalled, found, meant: meant?.name });
      const replacements = meant === undefined ? [] : renameHeading(text, meant);
      return replacements.length === 0 ? diagnostic : { ...diagnostic, replacements };
    });
}
