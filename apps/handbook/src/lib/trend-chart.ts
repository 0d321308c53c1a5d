import type { Figure, Target } from '@handbook/schema';
import { extent } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';

/** One snapshot of a metric: its date (`YYYY-MM-DD`), figure, and whether the figure is approximate. */
export interface TrendPoint {
  date: string;
  figure: Figure | null;
  approximate?: boolean;
}

/** An SVG trend chart's geometry, computed at build time: no client JavaScript draws it. */
export interface TrendChart {
  width: number;
  height: number;
  /** The path of the line through the measured points (midpoints of ranges); empty with fewer than two. */
  path: string;
  /** Every measured point, with the span of a range as `low` to `high`. */
  points: { x: number; y: number; low: number; high: number; date: string }[];
  /** Horizontal target lines: `min`, `max` or both. */
  targets: { y: number; label: string }[];
  /**
   * The band of the plot where a figure meets the target, to shade: above a minimum, below a
   * maximum, between both; `undefined` without a target.
   */
  meets: { y: number; height: number } | undefined;
  /** Value ticks of the vertical axis, each with its label at one precision (`tickFormat`). */
  yTicks: { y: number; value: number; label: string }[];
  /** The dates under the horizontal axis. */
  xTicks: { x: number; date: string }[];
}

const MARGIN = { top: 12, right: 16, bottom: 28, left: 56 };
const DAY = 86_400_000;

/** How tick values read: in US dollars (`$280k`), in percent (`99.8%`), or as plain numbers. */
export type TickStyle = 'money' | 'percent' | 'number';

/**
 * Lays out a metric's trend over its scorecards with d3-scale (a UTC time scale across, a linear
 * scale up) and d3-shape (the line). Input: points in date order, the latest target, size in
 * pixels and how ticks read. Output: {@link TrendChart}, with the value axis stretched to show
 * the target too, and tick labels at one precision (d3's `tickFormat`).
 */
export function trendChart(
  points: readonly TrendPoint[],
  target: Target | undefined,
  { width = 640, height = 200, ticks = 'number' as TickStyle } = {},
): TrendChart {
  const measured = points.flatMap(({ date, figure }) => {
    if (figure === null) return [];
    const [low, high] = typeof figure === 'number' ? [figure, figure] : [figure.min, figure.max];
    return [{ time: Date.parse(`${date}T00:00:00Z`), low, high, date }];
  });
  const times = points.map(({ date }) => Date.parse(`${date}T00:00:00Z`));
  const [first = 0, last = 0] = extent(times) as [number | undefined, number | undefined];
  const x = scaleUtc()
    .domain(first === last ? [first - 30 * DAY, last + 30 * DAY] : [first, last])
    .range([MARGIN.left, width - MARGIN.right]);
  const values = [
    ...measured.flatMap(({ low, high }) => [low, high]),
    ...[target?.min, target?.max].filter((bound) => bound !== undefined),
  ];
  const [low = 0, high = 1] = extent(values) as [number | undefined, number | undefined];
  const padding = low === high ? Math.max(Math.abs(low) * 0.1, 1) : (high - low) * 0.1;
  const y = scaleLinear()
    .domain([low - padding, high + padding])
    .nice(4)
    .range([height - MARGIN.bottom, MARGIN.top]);
  const drawn = measured.map(({ time, low: from, high: to, date }) => ({
    x: x(time),
    y: y((from + to) / 2),
    low: y(from),
    high: y(to),
    date,
  }));
  const path =
    drawn.length < 2
      ? ''
      : (line<{ x: number; y: number }>()
          .x((point) => point.x)
          .y((point) => point.y)(drawn) ?? '');
  const targets = [
    ...(target?.min === undefined ? [] : [{ y: y(target.min), label: 'target minimum' }]),
    ...(target?.max === undefined ? [] : [{ y: y(target.max), label: 'target maximum' }]),
  ];
  const top = target?.max === undefined ? MARGIN.top : y(target.max);
  const bottom = target?.min === undefined ? height - MARGIN.bottom : y(target.min);
  const format = y.tickFormat(4, ticks === 'money' ? '$~s' : undefined);
  return {
    width,
    height,
    path,
    points: drawn,
    targets,
    meets: target === undefined ? undefined : { y: top, height: Math.max(bottom - top, 0) },
    yTicks: y.ticks(4).map((value) => ({
      y: y(value),
      value,
      label: `${format(value)}${ticks === 'percent' ? '%' : ''}`,
    })),
    xTicks: points.map(({ date }) => ({ x: x(Date.parse(`${date}T00:00:00Z`)), date })),
  };
}
