import { expect, it } from 'vitest';

it('exports exactly the documented API, so nothing leaks out by accident', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['ContentError', 'RULES', 'RULE_FAMILIES', 'assertValidRepository', 'backlinksOf', 'createReadCache', 'entryKey', 'failsBuild', 'formatDiagnostic', 'listContentFiles', 'loadRepository', 'ruleHref', 'runExample']);
});
