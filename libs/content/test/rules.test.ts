import { describe, expect, it } from 'vitest';
import { RULE_FAMILIES, RULES, runExample } from '../src/index.ts';

const TODAY = '2026-11-24';

describe.each(Object.values(RULES).map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('accepts its ok example with no diagnostic at all', async () => {
    expect(await runExample(rule.examples.ok, TODAY)).toEqual([]);
  });

  it('reports its not-ok example under its own id and severity, with a message and a fix', async () => {
    const diagnostics = await runExample(rule.examples.notOk, TODAY);
    const own = diagnostics.filter((diagnostic) => diagnostic.rule === id);
    expect(own.length, JSON.stringify(diagnostics, null, 2)).toBeGreaterThan(0);
    expect(own[0]?.severity).toBe(rule.severity);
    expect(own[0]?.message).not.toBe('');
    expect(own[0]?.fix).not.toBe('');
  });
});

it('gives every rule a unique id in a known family', () => {
  const ids = Object.values(RULES).map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(RULE_FAMILIES).toContain(id.split('/')[0]);
});
