import { describe, expect, it } from 'vitest';
import {
  formatFieldPath,
  IncidentSchema,
  DebtItemSchema,
  ScorecardSchema,
  RosterSchema,
} from '../src/index.ts';
import type { z } from 'zod';

function issuesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${formatFieldPath(issue.path)}: ${issue.message}`);
}

const incident = {
  title: 'Render queue stalled',
  severity: 'SEV2',
  status: 'resolved',
  started: '2026-11-02T10:00:00+01:00',
  detected: '2026-11-02T10:12:00+01:00',
  resolved: '2026-11-02T11:32:00+01:00',
};

describe('IncidentSchema', () => {
  it('accepts a postmortem and fills its lists', () => {
    expect(IncidentSchema.parse(incident)).toMatchObject({
      'action-items': [],
      related: [],
      'slo-breached': [],
      example: false,
    });
  });

  it('reports times out of order at their keys, even when another field is also wrong', () => {
    expect(
      issuesOf(IncidentSchema, {
        ...incident,
        severity: 'SEV9',
        detected: '2026-11-02T09:59:00+01:00',
        resolved: '2026-11-02T08:00:00Z',
      }),
    ).toEqual([
      'severity: must be one of SEV0, SEV1, SEV2, SEV3, or unknown when the record does not say',
      'detected: must not be before started (2026-11-02T10:00:00+01:00): an incident is noticed after it begins',
      'resolved: must not be before started (2026-11-02T10:00:00+01:00): an incident ends after it begins',
    ]);
  });

  it('requires an offset on every instant and a resolution time once resolved', () => {
    expect(
      issuesOf(IncidentSchema, {
        ...incident,
        started: '2026-11-02T10:00:00',
        resolved: undefined,
      }),
    ).toEqual([
      'started: must be a date and time with its UTC offset, such as 2026-11-02T14:05:00+01:00',
      'resolved: is required when status is resolved: when the impact ended, with offset',
    ]);
  });

  it('names the nested field of a broken action item', () => {
    expect(
      issuesOf(IncidentSchema, {
        ...incident,
        'action-items': [{ action: 'x', owner: 'Peter', due: '2026-02-30', status: 'todo' }],
      }),
    ).toEqual([
      'action-items[0].owner: must be a kebab-case person id from content/team.yaml, such as giovanni-rodighiero',
      'action-items[0].due: must be a real date written YYYY-MM-DD, such as 2026-11-02',
      'action-items[0].status: must be one of open, in-progress, done, wont-do',
    ]);
  });
});

describe('DebtItemSchema', () => {
  it('refuses a resolution before creation even when the priority is also wrong', () => {
    const item = {
      title: 't',
      quadrant: 'prudent-deliberate',
      'quadrant-reason': 'r',
      impact: 'accumulating',
      priority: 'urgent',
      created: '2026-11-09',
      resolved: '2026-11-01',
    };
    expect(issuesOf(DebtItemSchema, item)).toEqual([
      'priority: must be one of critical, high, medium or low, or unknown when the record does not say',
      'resolved: must be on or after created (2026-11-09): debt is paid after it is recorded',
    ]);
  });
});

describe('ScorecardSchema', () => {
  const metric = { current: 1 };
  const scorecard = {
    source: 'offsite',
    'maturity-stage': 'foundation',
    dora: {
      'deployments-per-week': { current: { min: 1, max: 2 } },
      'lead-time-for-changes-days': { current: null },
      'change-failure-rate-percent': { current: null },
      'time-to-restore-minutes': metric,
    },
    'uptime-percent': metric,
    'infrastructure-time-percent': metric,
    'features-per-month': metric,
    'cycle-time-days': metric,
    'rd-run-rate-usd': metric,
    'cogs-kill-switch': {
      'threshold-percent-of-mrr': 15,
      'pause-after-months': 2,
      'current-percent-of-mrr': null,
    },
    headcount: metric,
    'open-roles': null,
  };

  it('keeps a range as a range and an unmeasured figure as null', () => {
    const parsed = ScorecardSchema.parse(scorecard);
    expect(parsed.dora['deployments-per-week'].current).toEqual({ min: 1, max: 2 });
    expect(parsed.dora['lead-time-for-changes-days'].current).toBeNull();
  });

  it('refuses an inverted range, a target with no bound and a status on an unmeasured metric', () => {
    const broken = {
      ...scorecard,
      dora: {
        ...scorecard.dora,
        'deployments-per-week': { current: { min: 2, max: 1 }, target: {} },
        'lead-time-for-changes-days': { current: null, status: 'red' },
      },
    };
    expect(issuesOf(ScorecardSchema, broken)).toEqual([
      'dora.deployments-per-week.current.max: must have min at most max',
      'dora.deployments-per-week.target: must set min, max or both',
      'dora.lead-time-for-changes-days.status: must be left out while current is null: an unmeasured metric has no status',
    ]);
  });
});

describe('ScorecardSchema ranges', () => {
  it("refuses figures and targets outside a metric's range, which charts would draw as NaN", () => {
    const valid = ScorecardSchema.parse({
      source: 'offsite',
      'maturity-stage': 'foundation',
      dora: {
        'deployments-per-week': { current: 1 },
        'lead-time-for-changes-days': { current: 2 },
        'change-failure-rate-percent': { current: 5 },
        'time-to-restore-minutes': { current: 60 },
      },
      'uptime-percent': { current: 99.9 },
      'infrastructure-time-percent': { current: 60 },
      'features-per-month': { current: 3 },
      'cycle-time-days': { current: 30 },
      'rd-run-rate-usd': { current: 1_200_000 },
      'cogs-kill-switch': {
        'threshold-percent-of-mrr': 15,
        'pause-after-months': 2,
        'current-percent-of-mrr': 12,
      },
      headcount: { current: 10 },
      'open-roles': 2,
    });
    const extreme = {
      ...valid,
      dora: {
        ...valid.dora,
        'deployments-per-week': { current: { min: -1e308, max: 1e308 } },
        'time-to-restore-minutes': { current: 60, target: { max: 1e308 } },
      },
      'uptime-percent': { current: 101 },
      'cogs-kill-switch': { ...valid['cogs-kill-switch'], 'current-percent-of-mrr': 1e308 },
    };
    expect(issuesOf(ScorecardSchema, extreme)).toEqual([
      'dora.deployments-per-week.current.min: must be between 0 and 1,000,000',
      'dora.deployments-per-week.current.max: must be between 0 and 1,000,000',
      'dora.time-to-restore-minutes.target.max: must be between 0 and 1,000,000',
      'uptime-percent.current: must be between 0 and 100 percent',
      'cogs-kill-switch.current-percent-of-mrr: must be at most 1,000 percent',
    ]);
  });
});

describe('RosterSchema cross-field rules', () => {
  it('reports a repeated id even when another person has a broken field', () => {
    const roster = {
      teams: [{ id: 'core', name: 'Core', manager: 'ann' }],
      people: [
        { id: 'ann', name: 'Ann', role: 'EM', team: 'core' },
        { id: 'ann', name: '', role: 'Dev', team: 'nowhere' },
      ],
    };
    expect(issuesOf(RosterSchema, roster)).toEqual([
      'people[1].name: must not be empty',
      'people[1].id: repeats the person id "ann": ids must be unique',
      'people[1].team: names "nowhere", which is not in teams: use one of core',
    ]);
  });
});
