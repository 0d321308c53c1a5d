import type { Diagnostic } from '../diagnostic.ts';
import type { FileContext } from './context.ts';
import { duplicateId } from './identity/duplicate-id.ts';
import { duplicateNumber } from './identity/duplicate-number.ts';
import { duplicateSlug } from './identity/duplicate-slug.ts';
import { fileName } from './identity/file-name.ts';
import { checkTitleHeading, titleHeading } from './identity/title-heading.ts';
import { unexpectedFile } from './identity/unexpected-file.ts';
import { binary } from './input/binary.ts';
import { frontMatterTooLarge } from './input/front-matter-too-large.ts';
import { invalidUtf8 } from './input/invalid-utf8.ts';
import { mdxSyntax } from './input/mdx-syntax.ts';
import { tooDeep } from './input/too-deep.ts';
import { tooManyReferences } from './input/too-many-references.ts';
import { tooLarge } from './input/too-large.ts';
import { unreadable } from './input/unreadable.ts';
import { brokenFragment } from './reference/broken-fragment.ts';
import { brokenLink } from './reference/broken-link.ts';
import { linkTextNumber } from './reference/link-text-number.ts';
import { notAdopted } from './reference/not-adopted.ts';
import { checkUnpublishedLinks, unpublishedLink } from './reference/unpublished-link.ts';
import { selfReference } from './reference/self.ts';
import { supersessionCycle } from './reference/supersession-cycle.ts';
import { supersessionMismatch } from './reference/supersession-mismatch.ts';
import { unknownContent } from './reference/unknown-content.ts';
import { unknownEntry } from './reference/unknown-entry.ts';
import { unknownPerson } from './reference/unknown-person.ts';
import { checkEmbeddedContent, embeddedContent } from './safety/embedded-content.ts';
import { checkEventHandlers, eventHandler } from './safety/event-handler.ts';
import { checkMdxAttributes, mdxAttribute } from './safety/mdx-attribute.ts';
import { checkMdxElements, mdxElement } from './safety/mdx-element.ts';
import { checkMdxExports, mdxExport } from './safety/mdx-export.ts';
import { checkMdxExpressions, mdxExpression } from './safety/mdx-expression.ts';
import { checkMdxImports, mdxImport } from './safety/mdx-import.ts';
import { checkScript, script } from './safety/script.ts';
import { secret } from './safety/secret.ts';
import { checkUnsafeUrls, unsafeUrl } from './safety/unsafe-url.ts';
import { emptyFrontmatter } from './schema/empty-front-matter.ts';
import { inconsistentFields } from './schema/inconsistent-fields.ts';
import { invalidField } from './schema/invalid-field.ts';
import { missingField } from './schema/missing-field.ts';
import { missingFrontmatter } from './schema/missing-front-matter.ts';
import { missingRoster } from './schema/missing-roster.ts';
import { unknownField } from './schema/unknown-field.ts';
import { wrongType } from './schema/wrong-type.ts';
import { yamlSyntax } from './schema/yaml-syntax.ts';
import { emptySection } from './structure/empty-section.ts';
import { headingLevel } from './structure/heading-level.ts';
import { importedMissingSection } from './structure/imported-missing-section.ts';
import { missingSection } from './structure/missing-section.ts';
import { impossibleDate } from './time/impossible-date.ts';
import { timeOrder } from './time/order.ts';
import { checkReviewDue, reviewDue } from './time/review-due.ts';

/**
 * The catalog of every rule the content reader reports, one file each under `rules/<family>/`,
 * so that the same failure is always worded the same way (after Astro's `errors-data.ts`) and
 * every rule has examples and a documentation page. Messages say what happened; fixes say what
 * to do. The families: input (bytes that cannot be read), schema (fields), identity (names and
 * numbers), structure (body sections), reference (ids and links), time (dates), safety (script
 * and secrets).
 */
export const RULES = {
  unreadable,
  tooLarge,
  binary,
  invalidUtf8,
  tooDeep,
  tooManyReferences,
  frontMatterTooLarge,
  mdxSyntax,
  yamlSyntax,
  missingRoster,
  missingFrontmatter,
  emptyFrontmatter,
  missingField,
  wrongType,
  invalidField,
  inconsistentFields,
  unknownField,
  fileName,
  unexpectedFile,
  duplicateNumber,
  duplicateSlug,
  duplicateId,
  titleHeading,
  missingSection,
  importedMissingSection,
  emptySection,
  headingLevel,
  unknownPerson,
  unknownEntry,
  unknownContent,
  supersessionMismatch,
  notAdopted,
  selfReference,
  supersessionCycle,
  brokenLink,
  linkTextNumber,
  unpublishedLink,
  brokenFragment,
  impossibleDate,
  timeOrder,
  reviewDue,
  script,
  eventHandler,
  unsafeUrl,
  embeddedContent,
  mdxImport,
  mdxExport,
  mdxExpression,
  mdxElement,
  mdxAttribute,
  secret,
} as const;

/** The id of every rule the reader reports (`reference/unknown-person`…). */
export type RuleId = (typeof RULES)[keyof typeof RULES]['id'];

/** The rule families, in the order the documentation lists them. */
export const RULE_FAMILIES = ['input', 'schema', 'identity', 'structure', 'reference', 'time', 'safety'] as const;

/**
 * Rules whose constructs the site's renderer removes (its allow-list sanitiser, which Markdown and
 * MDX bodies both pass through, drops scripts, event handlers, script-running URLs, frames and
 * forms): `handbook lint` fails on them so the author fixes the source, while a site build
 * publishes the sanitised page and logs them, so a build over hostile content still finishes with
 * nothing executable in it. Not here, so failing the build too: MDX imports, exports, expressions,
 * unknown elements and directives, which are code the MDX compiler would run before any
 * sanitiser sees the page, and likely secrets, which the sanitiser cannot tell from text.
 */
export const SANITISED_RULES: readonly RuleId[] = [script.id, eventHandler.id, unsafeUrl.id, embeddedContent.id];

/** The checks that look inside one file, run on every read file whether or not its front matter is valid. */
export const FILE_CHECKS: readonly ((context: FileContext) => Diagnostic[])[] = [
  checkTitleHeading,
  checkUnpublishedLinks,
  checkReviewDue,
  checkScript,
  checkEventHandlers,
  checkUnsafeUrls,
  checkEmbeddedContent,
  checkMdxImports,
  checkMdxExports,
  checkMdxExpressions,
  checkMdxElements,
  checkMdxAttributes,
];

export { report, type ExampleFile, type ExampleFiles, type Rule } from './rule.ts';

/** The URL of a rule's page in the published handbook (`/rules/schema/unknown-field/`). */
export function ruleHref(id: RuleId): string {
  return `/rules/${id}/`;
}
export type { FileContext } from './context.ts';
