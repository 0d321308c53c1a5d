import type { ContentType } from '@handbook/schema';
import type { Heading, Root, RootContent } from 'mdast';
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

/** Whether a node is an HTML comment (`<!-- … -->`) and nothing else. */
const isComment = (node: RootContent) => node.type === 'html' && /^\s*<!--[\s\S]*?-->\s*$/.test(node.value);

/**
 * Reports each required section (of `type`, found under any of its names at level 2 or 3) that
 * holds nothing but HTML comments up to the next heading of its level or above: the writing
 * prompt `handbook new` leaves. Not for imported entries. Input: the type, file and tree.
 * Output: one `structure/empty-section` per such section, at its heading.
 */
export function checkEmptySections(type: ContentType, file: string, tree: Root, imported: boolean): Diagnostic[] {
  if (imported) return [];
  const required = type.sections.filter((section) => section.required);
  return tree.children.flatMap((node, index) => {
    if (node.type !== 'heading' || (node.depth !== 2 && node.depth !== 3)) return [];
    const name = toString(node).trim().toLowerCase();
    const section = required.find((candidate) => [candidate.heading, ...candidate.alsoCalled].some((known) => known.toLowerCase() === name));
    if (section === undefined || node.position === undefined) return [];
    const after = tree.children.slice(index + 1);
    const next = after.findIndex((child) => child.type === 'heading' && child.depth <= node.depth);
    const content = next === -1 ? after : after.slice(0, next);
    if (!content.every(isComment)) return [];
    return [report(RULES.emptySection, { file, line: node.position.start.line, column: node.position.start.column }, { kind: type.label, section: section.heading })];
  });
}

/**
 * Reports each heading more than one level below the heading before it (the first heading of
 * the body may be at any level). Input: the file and tree. Output: `structure/heading-level`
 * warnings at the headings.
 */
export function checkHeadingLevels(file: string, tree: Root): Diagnostic[] {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  return headings.flatMap((heading, index) => {
    const previous = headings[index - 1];
    if (previous === undefined || heading.depth <= previous.depth + 1 || heading.position === undefined) return [];
    const written = (node: Heading) => `${'#'.repeat(node.depth)} ${toString(node).trim()}`;
    return [report(RULES.headingLevel, { file, line: heading.position.start.line, column: heading.position.start.column }, { heading: written(heading), previous: written(previous), level: previous.depth + 1 })];
  });
}
