import { describe, expect, it } from 'vitest';
import { trendChart } from '../src/lib/trend-chart.ts';

describe('trendChart', () => {
  it('draws a line through measured points in date order, with the target inside the value axis', () => {
    const chart = trendChart(
      [
        { date: '2026-03-31', figure: 300 },
        { date: '2026-06-30', figure: null },
        { date: '2026-09-30', figure: 45 },
      ],
      { max: 30 },
    );
    expect(chart.points.map((point) => point.date)).toEqual(['2026-03-31', '2026-09-30']);
    expect(chart.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    const [older, newer] = chart.points;
    expect(older!.x).toBeLessThan(newer!.x);
    expect(older!.y).toBeLessThan(newer!.y);
    const target = chart.targets[0]!;
    expect(target.y).toBeGreaterThan(newer!.y);
    expect(target.y).toBeLessThanOrEqual(chart.height);
    expect(chart.xTicks.map((tick) => tick.date)).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
    ]);
  });

  it('draws a single snapshot as a point with no line, and a range as a bar', () => {
    const chart = trendChart([{ date: '2026-11-16', figure: { min: 1, max: 2 } }], { min: 10 });
    expect(chart.path).toBe('');
    const [point] = chart.points;
    expect(point!.low).toBeGreaterThan(point!.high);
    expect(point!.x).toBeGreaterThan(0);
    expect(point!.x).toBeLessThan(chart.width);
  });
});
