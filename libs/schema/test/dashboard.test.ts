import { describe, expect, it } from 'vitest';
import {
  AdrSchema,
  dashboard,
  DebtItemSchema,
  IncidentSchema,
  ScorecardSchema,
} from '../src/index.ts';

const metric = (current: unknown, target?: unknown) => ({
  current,
  ...(target === undefined ? {} : { target }),
});
const scorecard = (id: string, deployments: number, example = false) => ({
  id,
  data: ScorecardSchema.parse({
    source: 'test',
    'maturity-stage': 'foundation',
    dora: {
      'deployments-per-week': metric(deployments, { min: 5 }),
      'lead-time-for-changes-days': metric(null),
      'change-failure-rate-percent': metric(12),
      'time-to-restore-minutes': metric({ min: 30, max: 90 }, { max: 60 }),
    },
    'uptime-percent': metric(99.9),
    'infrastructure-time-percent': metric(40),
    'features-per-month': metric(3),
    'cycle-time-days': metric(20),
    'rd-run-rate-usd': metric(1),
    'cogs-kill-switch': {
      'threshold-percent-of-mrr': 15,
      'pause-after-months': 2,
      'current-percent-of-mrr': null,
    },
    headcount: metric(5),
    'open-roles': 0,
    example,
  }),
});

describe('dashboard', () => {
  it('reads the latest scorecard that is not an example, with a DORA band and target verdict per key', () => {
    const figures = dashboard(
      {
        adr: [],
        incident: [],
        debt: [],
        scorecard: [
          scorecard('2026-03-31', 2),
          scorecard('2026-06-30', 8),
          scorecard('2026-09-30', 50, true),
        ],
      },
      { today: '2026-10-01' },
    );
    expect(figures.scorecard?.id).toBe('2026-06-30');
    expect(figures.dora.map(({ key, band, standing }) => [key, band, standing])).toEqual([
      ['deployments-per-week', 'elite', 'met'],
      ['lead-time-for-changes-days', undefined, undefined],
      ['change-failure-rate-percent', 'medium', undefined],
      ['time-to-restore-minutes', 'high', 'missed'],
    ]);
  });

  it("sums up every target of the latest scorecard, the kill switch's included, for the first line", () => {
    const figures = dashboard(
      { adr: [], incident: [], debt: [], scorecard: [scorecard('2026-06-30', 2)] },
      { today: '2026-10-01' },
    );
    // Deployments (2 of at least 5) and time to restore (up to 90 of at most 60) miss; the kill
    // switch has no figure; no other metric of this scorecard has a target.
    expect(figures.summary).toEqual({
      targets: { met: 0, missed: 2, 'not-measured': 1, total: 3 },
      criticalDebt: 0,
      overdueActionItems: 0,
      severeIncidents: 0,
    });
  });

  it('counts ADRs by status and lists the five most recent, and has no scorecard figures without a scorecard', () => {
    const adr = (number: number, date: string, status = 'accepted') => ({
      id: `000${number}-x`,
      data: AdrSchema.parse({ title: `${number}`, status, date, 'decision-makers': ['a'] }),
    });
    const adrs = [
      adr(1, '2026-01-01'),
      adr(2, '2026-03-01', 'proposed'),
      adr(3, '2026-02-01'),
      adr(4, '2026-03-01'),
      adr(5, '2026-01-05'),
      adr(6, '2025-12-01', 'rejected'),
      // A log in a folder (a tool's own decisions) is the decision log's, not the dashboard's.
      { ...adr(7, '2026-09-01'), id: 'handbook/0007-x' },
    ];
    const figures = dashboard(
      { adr: adrs, incident: [], debt: [], scorecard: [] },
      { today: '2026-10-01' },
    );
    expect(figures.adrsRecorded).toBe(6);
    expect(figures.adrsByStatus).toEqual({
      proposed: 1,
      accepted: 4,
      rejected: 1,
      deprecated: 0,
      superseded: 0,
    });
    expect(figures.recentAdrs.map((entry) => entry.id)).toEqual([
      '0004-x',
      '0002-x',
      '0003-x',
      '0005-x',
      '0001-x',
    ]);
    expect(figures.scorecard).toBeUndefined();
    expect(figures.dora).toEqual([]);
  });

  it('takes incidents, action items and debt from the same content as their own functions', () => {
    const incident = {
      id: '2026-09-20-x',
      data: IncidentSchema.parse({
        title: 'x',
        severity: 'SEV1',
        status: 'resolved',
        started: '2026-09-20T10:00:00Z',
        detected: '2026-09-20T10:00:00Z',
        resolved: '2026-09-20T10:45:00Z',
        'action-items': [{ action: 'a', owner: 'a', due: '2026-09-25', status: 'open' }],
      }),
    };
    const debt = {
      id: 'd',
      data: DebtItemSchema.parse({
        title: 'd',
        quadrant: 'prudent-deliberate',
        'quadrant-reason': 'r',
        impact: 'accumulating',
        priority: 'low',
        'estimated-days': 4,
        created: '2026-01-01',
      }),
    };
    const figures = dashboard(
      { adr: [], incident: [incident], debt: [debt], scorecard: [] },
      { today: '2026-10-01' },
    );
    expect(figures.incidents.bySeverity.SEV1).toBe(1);
    expect(figures.incidents.medianDurationMinutes).toBe(45);
    expect(figures.actionItems.map((item) => item.overdue)).toEqual([true]);
    expect(figures.debt.openEstimatedDays).toBe(4);
  });
});
