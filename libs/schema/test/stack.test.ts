import { describe, expect, it } from 'vitest';
import { stackSummary, TechStackSchema, type StackComponent } from '../src/index.ts';

const component = (
  id: string,
  migration: StackComponent['migration'],
  adrs: string[] = [],
): StackComponent => ({ id, name: id, layer: 'backend', migration, adrs });

describe('the tech stack', () => {
  it('counts components by migration status, every status present, and those without an ADR', () => {
    const summary = stackSummary([
      component('a', 'in-progress', ['0002-x']),
      component('b', 'blocked', ['0002-x']),
      component('c', 'in-progress'),
      component('d', 'staying'),
    ]);
    expect(summary).toEqual({
      components: 4,
      byMigration: { staying: 1, undecided: 0, planned: 0, 'in-progress': 2, blocked: 1, done: 0 },
      withoutAdr: 2,
    });
  });

  it('refuses a component id used twice, at the second one', () => {
    const result = TechStackSchema.safeParse({
      source: 's',
      'as-of': '2026-11-16',
      components: [component('a', 'done'), component('a', 'done')],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['components.1.id']);
  });
});
