import { describe, expect, it } from 'vitest';
import { RosterSchema, formatFieldPath } from '../src/index.ts';

const roster = {
  teams: [{ id: 'features', name: 'Features', manager: 'marcin-kulwikowski' }],
  people: [
    {
      id: 'marcin-kulwikowski',
      name: 'Marcin Kulwikowski',
      role: 'Engineering Manager',
      team: 'features',
      tenure: { stated: '1 mo', 'as-of': '2026-11-16' },
    },
    { id: 'charles', name: 'Charles', role: 'CTO' },
  ],
};

function issuesOf(input: unknown): { field: string; message: string }[] {
  const result = RosterSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: formatFieldPath(issue.path),
    message: issue.message,
  }));
}

describe('RosterSchema', () => {
  it('accepts teams and people, a person without a team included', () => {
    expect(RosterSchema.parse(roster)).toEqual(roster);
  });

  it('reports a team that does not exist at the person that names it', () => {
    const people = [roster.people[0], { ...roster.people[1], team: 'platform' }];
    expect(issuesOf({ ...roster, people })).toEqual([
      {
        field: 'people[1].team',
        message: 'names "platform", which is not in teams: use one of features',
      },
    ]);
  });

  it('reports a repeated person id at the second occurrence', () => {
    expect(issuesOf({ ...roster, people: [...roster.people, roster.people[1]] })).toEqual([
      { field: 'people[2].id', message: 'repeats the person id "charles": ids must be unique' },
    ]);
  });

  it('keeps tenure in the words of its source, dated, and refuses a joining month', () => {
    const stated = [
      { ...roster.people[0], tenure: { stated: '1 yr', 'as-of': '2026-11-16' } },
      roster.people[1],
    ];
    expect(issuesOf({ ...roster, people: stated })).toEqual([]);
    const month = [{ ...roster.people[0], since: '2025-11' }, roster.people[1]];
    expect(issuesOf({ ...roster, people: month }).map((issue) => issue.field)).toEqual([
      'people[0]',
    ]);
  });
});
