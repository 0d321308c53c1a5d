import { describe, expect, it } from 'vitest';
import {
  estimatedDaysShown,
  formatFigure,
  formatMinutes,
  formatTarget,
} from '../src/lib/metric-format.ts';

describe('scorecard figures for people', () => {
  it('prints numbers, ranges, estimates, money and unmeasured metrics in their units', () => {
    expect(formatFigure('time-to-restore-minutes', 92)).toBe('92 min');
    expect(formatFigure('deployments-per-week', { min: 1, max: 2 })).toBe('1–2/week');
    expect(formatFigure('infrastructure-time-percent', 60, true)).toBe('~60%');
    expect(formatFigure('rd-run-rate-usd', 272_000)).toBe('$272K');
    expect(formatFigure('change-failure-rate-percent', null)).toBe('not measured');
  });

  it('prints targets as bounds, with their due date', () => {
    expect(formatTarget('deployments-per-week', { min: 10 })).toBe('≥ 10/week');
    expect(formatTarget('time-to-restore-minutes', { max: 30 })).toBe('≤ 30 min');
    expect(formatTarget('features-per-month', { min: 4, max: 6, by: 'month 12' })).toBe(
      '4–6/month by month 12',
    );
    expect(formatTarget('uptime-percent', undefined)).toBe('no target');
  });

  it('prints durations in minutes, hours and days', () => {
    expect(formatMinutes(36)).toBe('36 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(92)).toBe('1 h 32 min');
    expect(formatMinutes(3_060)).toBe('2 d 3 h');
    expect(formatMinutes(undefined)).toBe('—');
  });
});

it('shows the open debt estimate as "—" when no open item is estimated, not as 0 days', () => {
  expect(estimatedDaysShown({ open: 10, openEstimatedDays: 0, openUnestimated: 10 })).toBe('—');
  expect(estimatedDaysShown({ open: 10, openEstimatedDays: 12, openUnestimated: 9 })).toBe('12');
  expect(estimatedDaysShown({ open: 0, openEstimatedDays: 0, openUnestimated: 0 })).toBe('0');
});
