import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRepository, RULES } from '../src/index.ts';
import { EXAMPLE_BASE } from '../src/rules/examples.ts';
import type { ExampleFiles } from '../src/rules/index.ts';

const created: string[] = [];
afterEach(async () => {
  await Promise.all(created.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Writes the example base with `files` laid over it into a fresh folder. */
async function exampleRepository(files: ExampleFiles): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'handbook-rule-'));
  created.push(root);
  for (const [relative, content] of Object.entries({ ...EXAMPLE_BASE, ...files })) {
    if (content === null) continue;
    const target = path.join(root, relative);
    await mkdir(path.dirname(target), { recursive: true });
    if (typeof content === 'object' && 'symlinkTo' in content) await symlink(content.symlinkTo, target);
    else await writeFile(target, content);
  }
  return root;
}

const TODAY = '2026-11-24';

describe.each(Object.values(RULES).map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('accepts its ok example with no diagnostic at all', async () => {
    const { diagnostics } = await loadRepository(await exampleRepository(rule.examples.ok), { today: TODAY });
    expect(diagnostics).toEqual([]);
  });

  it('reports its not-ok example under its own id and severity, with a message and a fix', async () => {
    const { diagnostics } = await loadRepository(await exampleRepository(rule.examples.notOk), { today: TODAY });
    const own = diagnostics.filter((diagnostic) => diagnostic.rule === id);
    expect(own.length, JSON.stringify(diagnostics, null, 2)).toBeGreaterThan(0);
    expect(own[0]?.severity).toBe(rule.severity);
    expect(own[0]?.message).not.toBe('');
    expect(own[0]?.fix).not.toBe('');
  });
});

it('gives every rule a unique id in a known family', async () => {
  const { RULE_FAMILIES } = await import('../src/rules/index.ts');
  const ids = Object.values(RULES).map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(RULE_FAMILIES).toContain(id.split('/')[0]);
});
