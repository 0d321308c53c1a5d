import { describe, expect, it } from 'vitest';
import {
  addDays,
  debtRegisterSummary,
  openDebtByPriority,
  DebtItemSchema,
  doraBand,
  incidentDurations,
  IncidentSchema,
  incidentSummary,
  median,
  minutesBetween,
  openActionItems,
  reviewsDue,
  meetsTarget,
  AdrSchema,
} from '../src/index.ts';

describe('minutesBetween', () => {
  it('counts minutes between instants written in different offsets', () => {
    expect(minutesBetween('2026-11-02T10:00:00+01:00', '2026-11-02T09:30:00Z')).toBe(30);
  });

  it('is exact across the end of daylight saving time in Madrid (25 October 2026, clocks go back)', () => {
    // 02:30 summer time (UTC+2) to 02:30 winter time (UTC+1) is one hour, though the clock reads the same.
    expect(minutesBetween('2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00')).toBe(60);
  });

  it('is negative when the end comes first and refuses text that is no instant', () => {
    expect(minutesBetween('2026-11-02T10:00:00Z', '2026-11-02T09:00:00Z')).toBe(-60);
    expect(() => minutesBetween('yesterday', '2026-11-02T09:00:00Z')).toThrow(RangeError);
  });
});

describe('incidentDurations', () => {
  it('derives time to detect and duration, and no duration while unresolved', () => {
    const times = { started: '2026-11-02T10:00:00+01:00', detected: '2026-11-02T10:12:00+01:00' };
    expect(incidentDurations({ ...times, resolved: '2026-11-02T11:32:00+01:00' })).toEqual({
      timeToDetectMinutes: 12,
      durationMinutes: 92,
    });
    expect(incidentDurations({ ...times, resolved: undefined })).toEqual({
      timeToDetectMinutes: 12,
      durationMinutes: undefined,
    });
  });
});

describe('median', () => {
  it('takes the middle value, the mean of the two middle ones, or nothing', () => {
    expect(median([30, 5, 92])).toBe(30);
    expect(median([10, 40, 20, 30])).toBe(25);
    expect(median([])).toBeUndefined();
  });
});

describe('addDays', () => {
  it('crosses month and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('doraBand (DORA 2023 thresholds, bounds inclusive)', () => {
  it.each([
    ['deployments-per-week', 7, 'elite'],
    ['deployments-per-week', 6.9, 'high'],
    ['deployments-per-week', 1, 'high'],
    ['deployments-per-week', 0.99, 'medium'],
    ['deployments-per-week', 12 / 52, 'medium'],
    ['deployments-per-week', 0.2, 'low'],
    ['lead-time-for-changes-days', 1, 'elite'],
    ['lead-time-for-changes-days', 7, 'high'],
    ['lead-time-for-changes-days', 30, 'medium'],
    ['lead-time-for-changes-days', 30.5, 'low'],
    ['change-failure-rate-percent', 5, 'elite'],
    ['change-failure-rate-percent', 10, 'high'],
    ['change-failure-rate-percent', 15, 'medium'],
    ['change-failure-rate-percent', 15.1, 'low'],
    ['time-to-restore-minutes', 60, 'elite'],
    ['time-to-restore-minutes', 92, 'high'],
    ['time-to-restore-minutes', 1_440, 'high'],
    ['time-to-restore-minutes', 10_080, 'medium'],
    ['time-to-restore-minutes', 10_081, 'low'],
  ] as const)('%s at %d is %s', (key, value, band) => {
    expect(doraBand(key, value)).toBe(band);
  });

  it('classifies a range by its worse end and an unmeasured metric not at all', () => {
    expect(doraBand('deployments-per-week', { min: 0.5, max: 2 })).toBe('medium');
    expect(doraBand('time-to-restore-minutes', { min: 30, max: 90 })).toBe('high');
    expect(doraBand('change-failure-rate-percent', null)).toBeUndefined();
  });
});

const incident = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: IncidentSchema.parse({
    title: id,
    severity: 'SEV2',
    status: 'resolved',
    started: '2026-11-01T10:00:00Z',
    detected: '2026-11-01T10:05:00Z',
    resolved: '2026-11-01T10:30:00Z',
    ...fields,
  }),
});

describe('incidentSummary', () => {
  const incidents = [
    incident('a', { severity: 'SEV1', resolved: '2026-11-01T11:00:00Z' }),
    incident('b', {
      severity: 'SEV2',
      started: '2026-09-01T00:30:00+02:00',
      detected: '2026-09-01T00:40:00+02:00',
      resolved: '2026-09-01T01:00:00+02:00',
    }),
    incident('c', {
      severity: 'SEV2',
      started: '2026-08-01T10:00:00Z',
      detected: '2026-08-01T10:00:00Z',
      resolved: '2026-08-01T10:10:00Z',
    }),
    incident('d', { severity: 'SEV3', status: 'investigating', resolved: undefined }),
    incident('e', { severity: 'SEV0', example: true }),
  ];

  it('counts the last 90 days by severity, with the median time to restore of resolved incidents', () => {
    // 2026-09-01T00:30+02:00 is 2026-08-31 in UTC: the day is counted in UTC, so it falls outside a window from 2026-09-01.
    const summary = incidentSummary(incidents, { today: '2026-11-29' });
    expect(summary.since).toBe('2026-09-01');
    expect(summary.bySeverity).toEqual({ SEV0: 0, SEV1: 1, SEV2: 0, SEV3: 1, unknown: 0 });
    expect(summary.total).toBe(2);
    expect(summary.medianDurationMinutes).toBe(60);
  });

  it('counts an imported incident whose record states no times by the day of its file name, leaving it out of MTTR', () => {
    const imported = incident('2026-11-20-queue-stalled', {
      severity: 'unknown',
      started: 'unknown',
      detected: 'unknown',
      resolved: 'unknown',
    });
    const summary = incidentSummary([...incidents, imported], { today: '2026-11-29' });
    expect(summary.bySeverity.unknown).toBe(1);
    expect(summary.total).toBe(3);
    expect(summary.medianDurationMinutes).toBe(60);
    expect(incidentDurations(imported.data)).toEqual({
      timeToDetectMinutes: undefined,
      durationMinutes: undefined,
    });
  });

  it('includes examples only when asked', () => {
    const summary = incidentSummary(incidents, { today: '2026-11-29', includeExamples: true });
    expect(summary.bySeverity.SEV0).toBe(1);
    expect(summary.medianDurationMinutes).toBe(45);
  });
});

describe('openActionItems', () => {
  it('lists open and in-progress items, earliest due first, overdue when due before today', () => {
    const items = [
      { action: 'Done already', owner: 'a', due: '2026-10-01', status: 'done' },
      { action: 'Later', owner: 'a', due: '2026-12-01', status: 'open' },
      { action: 'Due today', owner: 'a', due: '2026-11-20', status: 'in-progress' },
      { action: 'Late', owner: 'a', due: '2026-11-19', status: 'open' },
    ];
    const tracked = openActionItems([incident('a', { 'action-items': items })], {
      today: '2026-11-20',
    });
    expect(tracked.map(({ item, overdue, index }) => [item.action, overdue, index])).toEqual([
      ['Late', true, 3],
      ['Due today', false, 2],
      ['Later', false, 1],
    ]);
  });
});

describe('debtRegisterSummary', () => {
  const item = (id: string, fields: Record<string, unknown>) => ({
    id,
    data: DebtItemSchema.parse({
      title: id,
      quadrant: 'prudent-deliberate',
      'quadrant-reason': 'r',
      impact: 'accumulating',
      priority: 'high',
      created: '2026-11-09',
      ...fields,
    }),
  });

  it('totals open items by priority and quadrant, and open estimated days with unestimated items counted apart', () => {
    const summary = debtRegisterSummary([
      item('a', { priority: 'critical', 'estimated-days': 10 }),
      item('b', { 'estimated-days': 2.5, quadrant: 'reckless-inadvertent' }),
      item('c', {}),
      item('d', { 'estimated-days': 100, resolved: '2026-11-20' }),
      item('e', { 'estimated-days': 40, example: true }),
    ]);
    expect(summary).toEqual({
      open: 3,
      resolved: 1,
      openByPriority: { critical: 1, high: 2, medium: 0, low: 0, unknown: 0 },
      openByQuadrant: {
        'reckless-deliberate': 0,
        'reckless-inadvertent': 1,
        'prudent-deliberate': 2,
        'prudent-inadvertent': 0,
        unknown: 0,
      },
      openEstimatedDays: 12.5,
      openUnestimated: 1,
    });
  });

  it('counts items whose source states no priority or quadrant apart, and lists them last', () => {
    const unstated = item('a-unstated', {
      priority: 'unknown',
      quadrant: 'unknown',
      'quadrant-reason': undefined,
      impact: 'unknown',
      created: 'unknown',
    });
    const items = [unstated, item('z-high', {}), item('m-critical', { priority: 'critical' })];
    const summary = debtRegisterSummary(items);
    expect(summary.openByPriority.unknown).toBe(1);
    expect(summary.openByQuadrant.unknown).toBe(1);
    expect(openDebtByPriority(items).map((entry) => entry.id)).toEqual([
      'm-critical',
      'z-high',
      'a-unstated',
    ]);
  });

  it('asks for the reason of a quadrant, and for none when the quadrant is unknown', () => {
    const withoutReason = DebtItemSchema.safeParse({
      title: 't',
      quadrant: 'prudent-deliberate',
      impact: 'accumulating',
      priority: 'high',
      created: '2026-11-09',
    });
    expect(withoutReason.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'quadrant-reason',
    ]);
    expect(
      DebtItemSchema.safeParse({
        title: 't',
        quadrant: 'unknown',
        impact: 'unknown',
        priority: 'unknown',
        created: 'unknown',
      }).success,
    ).toBe(true);
  });
});

describe('reviewsDue', () => {
  it('lists ADRs in force whose review is past or within 30 days', () => {
    const adr = (id: string, status: string, reviewDate?: string) => ({
      id,
      data: AdrSchema.parse({
        title: id,
        status,
        date: '2026-01-01',
        'decision-makers': ['a'],
        'review-date': reviewDate,
        ...(status === 'superseded' ? { 'superseded-by': '0009-x' } : {}),
      }),
    });
    const due = reviewsDue(
      [
        adr('0001-a', 'accepted', '2026-12-20'),
        adr('0002-b', 'proposed', '2026-11-01'),
        adr('0003-c', 'superseded', '2026-11-01'),
        adr('0004-d', 'accepted', '2027-01-01'),
        adr('0005-e', 'accepted'),
      ],
      { today: '2026-11-23' },
    );
    expect(due).toEqual([
      { id: '0002-b', reviewDate: '2026-11-01', overdue: true },
      { id: '0001-a', reviewDate: '2026-12-20', overdue: false },
    ]);
  });
});

describe('meetsTarget', () => {
  it('checks both bounds inclusively, a range at both ends, and says nothing without a figure or target', () => {
    expect(meetsTarget(99.9, { min: 99.9 })).toBe(true);
    expect(meetsTarget(99.81, { min: 99.9 })).toBe(false);
    expect(meetsTarget(30, { max: 30 })).toBe(true);
    expect(meetsTarget({ min: 4, max: 7 }, { min: 4, max: 6 })).toBe(false);
    expect(meetsTarget({ min: 4, max: 6 }, { min: 4, max: 6 })).toBe(true);
    expect(meetsTarget(null, { max: 30 })).toBeUndefined();
    expect(meetsTarget(92, undefined)).toBeUndefined();
  });
});
