import { describe, expect, it } from 'vitest';
import { AdrSchema, adrReferences, parseAdrFileName } from '../src/index.ts';

describe('adrReferences', () => {
  it('lists every id an ADR points at, with the field it sits in', () => {
    const adr = AdrSchema.parse({
      title: 'Target team shape',
      status: 'accepted',
      date: '2026-11-16',
      'decision-makers': ['charles'],
      consulted: ['joao-matos'],
      supersedes: ['0001-keep-two-teams'],
      related: ['0007-ai-first'],
    });
    expect(adrReferences(adr)).toEqual([
      { path: ['decision-makers', 0], target: 'person', id: 'charles' },
      { path: ['consulted', 0], target: 'person', id: 'joao-matos' },
      { path: ['supersedes', 0], target: 'adr', id: '0001-keep-two-teams' },
      { path: ['related', 0], target: 'any', id: '0007-ai-first' },
    ]);
  });
});

describe('parseAdrFileName', () => {
  it('reads the number and id of a conventional file name', () => {
    expect(parseAdrFileName('0012-adopt-bullmq.md')).toEqual({ id: '0012-adopt-bullmq', number: 12 });
  });

  it.each(['12-adopt-bullmq.md', '0012-Adopt-BullMQ.md', '0012 adopt bullmq.md', '0012-adopt-bullmq.mdx', 'README.md'])(
    'refuses %s',
    (name) => {
      expect(parseAdrFileName(name)).toBeUndefined();
    },
  );
});
