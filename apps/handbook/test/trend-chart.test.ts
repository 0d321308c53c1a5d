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

  it('shades the side of the plot that meets the target: below a maximum, above a minimum', () => {
    const points = [
      { date: '2026-03-31', figure: 90 },
      { date: '2026-06-30', figure: 45 },
    ];
    const ceiling = trendChart(points, { max: 60 });
    expect(ceiling.meets!.y).toBe(ceiling.targets[0]!.y);
    expect(ceiling.meets!.y + ceiling.meets!.height).toBeGreaterThan(ceiling.points[1]!.y);
    const floor = trendChart(points, { min: 60 });
    expect(floor.meets!.y + floor.meets!.height).toBe(floor.targets[0]!.y);
    expect(floor.meets!.y).toBeLessThan(floor.points[0]!.y);
    expect(trendChart(points, undefined).meets).toBeUndefined();
  });

  it('labels ticks at one precision, in dollars or percent when the metric is', () => {
    const money = trendChart(
      [
        { date: '2026-03-31', figure: 272_000 },
        { date: '2026-06-30', figure: 250_000 },
      ],
      { max: 228_000 },
      { ticks: 'money' },
    );
    expect(money.yTicks.map((tick) => tick.label)).toContain('$240k');
    const uptime = trendChart(
      [
        { date: '2026-03-31', figure: 99.81 },
        { date: '2026-06-30', figure: 99.5 },
      ],
      { min: 99.9 },
      { ticks: 'percent' },
    );
    const decimals = uptime.yTicks.map((tick) => tick.label.replace(/^[^.]*\.?/, '').length);
    expect(new Set(decimals).size).toBe(1);
    expect(uptime.yTicks.every((tick) => tick.label.endsWith('%'))).toBe(true);
  });
});
