export { backlinksOf, entryKey } from './backlinks.ts';
export { entryMarkdown, entrySummary, twinHref, type TwinEntry } from './entry-markdown.ts';
export { formatDiagnostic, type Diagnostic, type Replacement, type Severity } from './diagnostic.ts';
export { listContentFiles, type ListedFile } from './list-files.ts';
export { parseMarkdownFile } from './markdown-file.ts';
export { readRoster } from './read-roster.ts';
export { applyReplacements, type Replaced } from './replacements.ts';
export { suggest } from './suggest.ts';
export { createReadCache, type ReadCache } from './read-cache.ts';
export type { ContentEntry } from './read-entry.ts';
export {
  assertValidRepository,
  ContentError,
  failsBuild,
  loadRepository,
  type EntriesByType,
  type LoadOptions,
  type Repository,
  type ValidRepository,
} from './repository.ts';
export { RULE_FAMILIES, ruleHref, RULES, type ExampleFile, type ExampleFiles, type Rule, type RuleId } from './rules/index.ts';
export { relabelAdrNumber } from './rules/reference/link-text-number.ts';
export { runExample } from './rules/run-example.ts';
export { repositorySettings, repositoryToday, type RepositorySettings } from './settings.ts';
export { headersFileText, NO_INDEX_HEADER, readHeadersFile, type HeaderPolicy } from './headers-file.ts';
export { DEPLOY_HOSTS, PLACEHOLDER_SITE, publishingWarnings, type DeployHost, type PublishingSettings } from './publishing.ts';
export { CLOBBER_PREFIX, SANITIZE_SCHEMA } from './sanitize-schema.ts';
export { readLiteral, type Literal, type LiteralValue } from './mdx/literal.ts';
export { isHtmlName, isRawAttribute } from './mdx/nodes.ts';
