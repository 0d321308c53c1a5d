import { describe, expect, it } from 'vitest';
import {
  AdrSchema,
  adrStatusShown,
  formatFieldPath,
  namedDecisionMakers,
  newestAdrFirst,
} from '../src/index.ts';

const valid = {
  title: 'Move Redis queues to BullMQ',
  status: 'proposed',
  date: '2026-11-12',
  'decision-makers': ['charles', 'peter-cipov'],
};

/** The issues an author would see: field path and message, nothing else. */
function issuesOf(input: unknown): { field: string; message: string }[] {
  const result = AdrSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: formatFieldPath(issue.path),
    message: issue.message,
  }));
}

describe('AdrSchema', () => {
  it('accepts MADR front matter and fills the optional lists with empty ones', () => {
    const adr = AdrSchema.parse(valid);
    expect(adr).toEqual({
      ...valid,
      consulted: [],
      informed: [],
      tags: [],
      supersedes: [],
      related: [],
    });
  });

  it('keeps every optional field an author sets', () => {
    const adr = AdrSchema.parse({
      ...valid,
      status: 'superseded',
      'superseded-by': '0009-target-team-shape',
      'review-date': '2027-02-01',
      tags: ['team'],
      consulted: ['giovanni-rodighiero'],
    });
    expect(adr['superseded-by']).toBe('0009-target-team-shape');
    expect(adr['review-date']).toBe('2027-02-01');
    expect(adr.consulted).toEqual(['giovanni-rodighiero']);
  });

  it('requires only a title, as MADR 4 leaves status and date optional, and shows a missing status as not stated', () => {
    expect(issuesOf({})).toEqual([
      { field: 'title', message: 'is required: a short imperative sentence naming the decision' },
    ]);
    const madr = AdrSchema.parse({ title: 'Use MADR' });
    expect([madr.status, madr.date, adrStatusShown(madr)]).toEqual([
      undefined,
      undefined,
      'not stated',
    ]);
  });

  it('orders ADRs newest decision first, then by number, undated ones last', () => {
    const adrs = [
      { id: '0001-a', data: { date: '2026-01-01' } },
      { id: '0004-d', data: {} },
      { id: '0002-b', data: { date: '2026-03-01' } },
      { id: '0003-c', data: { date: '2026-03-01' } },
      { id: '0005-e', data: {} },
    ];
    expect(adrs.sort(newestAdrFirst).map((adr) => adr.id)).toEqual([
      '0003-c',
      '0002-b',
      '0001-a',
      '0005-e',
      '0004-d',
    ]);
  });

  it('lists the allowed statuses when the status is unknown', () => {
    expect(issuesOf({ ...valid, status: 'draft' })).toEqual([
      {
        field: 'status',
        message: 'must be one of proposed, accepted, rejected, deprecated, superseded',
      },
    ]);
  });

  it('rejects a date that is not YYYY-MM-DD or not a real day', () => {
    expect(issuesOf({ ...valid, date: '12/11/2026' })).toEqual([
      { field: 'date', message: 'must be a real date written YYYY-MM-DD, such as 2026-11-02' },
    ]);
    expect(issuesOf({ ...valid, date: '2026-02-30' })).toEqual([
      { field: 'date', message: 'must be a real date written YYYY-MM-DD, such as 2026-11-02' },
    ]);
  });

  it('points at the list item that is not a person id', () => {
    expect(issuesOf({ ...valid, 'decision-makers': ['charles', 'Peter Cipov'] })).toEqual([
      {
        field: 'decision-makers[1]',
        message:
          'must be a kebab-case person id from content/team.yaml, such as giovanni-rodighiero',
      },
    ]);
  });

  it('requires a decision-maker from accepted on, as MADR 4 leaves a proposal free to name none', () => {
    expect(issuesOf({ ...valid, status: 'proposed', 'decision-makers': [] })).toEqual([]);
    for (const status of ['accepted', 'rejected'] as const)
      expect(issuesOf({ ...valid, status, 'decision-makers': [] })).toEqual([
        {
          field: 'decision-makers',
          message: `must name at least one person id from content/team.yaml once the ADR is ${status}; write unknown when the record does not say who decided`,
        },
      ]);
  });

  it('takes unknown for deciders the record does not name, and names none of them', () => {
    const adr = AdrSchema.parse({ ...valid, status: 'accepted', 'decision-makers': 'unknown' });
    expect(adr['decision-makers']).toBe('unknown');
    expect(namedDecisionMakers(adr)).toEqual([]);
    expect(namedDecisionMakers(AdrSchema.parse(valid))).toEqual(valid['decision-makers']);
    expect(issuesOf({ ...valid, 'decision-makers': 'nobody' })).toEqual([
      {
        field: 'decision-makers',
        message:
          'must be a list of person ids from content/team.yaml, or unknown when the record does not say who decided',
      },
    ]);
  });

  it('lets a decision recorded after the fact leave its day and deciders unrecorded, and only such a record', () => {
    expect(issuesOf({ ...valid, 'decision-makers': [], 'decision-date': 'unknown' })).toEqual([]);
    expect(
      AdrSchema.parse({ ...valid, 'decision-makers': undefined, 'decision-date': '2026-09-01' })[
        'decision-makers'
      ],
    ).toEqual([]);
  });

  it('refuses a decision dated after its record', () => {
    expect(issuesOf({ ...valid, 'decision-date': '2027-01-01' })).toEqual([
      {
        field: 'decision-date',
        message: `must be on or before date (${valid.date}): a record cannot predate its decision`,
      },
    ]);
    expect(issuesOf({ ...valid, 'decision-date': 'last year' })[0]?.field).toBe('decision-date');
  });

  it('requires superseded-by exactly when the status is superseded', () => {
    expect(issuesOf({ ...valid, status: 'superseded' })).toEqual([
      {
        field: 'superseded-by',
        message: 'is required when status is superseded: name the ADR id that replaced this one',
      },
    ]);
    expect(issuesOf({ ...valid, 'superseded-by': '0009-target-team-shape' })).toEqual([
      { field: 'status', message: 'must be superseded when superseded-by is set (found proposed)' },
    ]);
  });

  it('refuses a review date before the decision date', () => {
    expect(issuesOf({ ...valid, 'review-date': '2026-01-01' })).toEqual([
      {
        field: 'review-date',
        message: 'must be on or after date (2026-11-12); a review cannot precede the decision',
      },
    ]);
  });

  it('reports a misspelt key instead of ignoring it', () => {
    const result = AdrSchema.safeParse({ ...valid, 'decision-maker': ['charles'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([
      { code: 'unrecognized_keys', keys: ['decision-maker'] },
    ]);
  });

  it('rejects an ADR id that is not a file slug', () => {
    expect(issuesOf({ ...valid, supersedes: ['ADR-3'] })).toEqual([
      {
        field: 'supersedes[0]',
        message:
          'must be an ADR id: the file name without .md, such as 0004-move-redis-queues-to-bullmq',
      },
    ]);
  });
});
