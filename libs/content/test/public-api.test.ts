import { expect, it } from 'vitest';

it('exports exactly the documented API, so nothing leaks out by accident', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['CLOBBER_PREFIX', 'ContentError', 'DEPLOY_HOSTS', 'NO_INDEX_HEADER', 'PLACEHOLDER_SITE', 'RULES', 'RULE_FAMILIES', 'SANITIZE_SCHEMA', 'applyReplacements', 'assertValidRepository', 'backlinksOf', 'createReadCache', 'entryKey', 'entryMarkdown', 'entrySummary', 'failsBuild', 'formatDiagnostic', 'headersFileText', 'isHtmlName', 'isRawAttribute', 'listContentFiles', 'loadRepository', 'parseMarkdownFile', 'publishingWarnings', 'readHeadersFile', 'readLiteral', 'readRoster', 'relabelAdrNumber', 'repositorySettings', 'repositoryToday', 'ruleHref', 'runExample', 'suggest', 'twinHref']);
});
