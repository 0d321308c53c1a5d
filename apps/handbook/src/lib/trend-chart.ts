import type { Figure, Target } from '@handbook/schema';
import { extent } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';

/** One snapshot of a metric: its date (`YYYY-MM-DD`) and figure. */
export interface TrendPoint {
  date: string;
  figure: Figure | null;
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
  /** Value ticks of the vertical axis. */
  yTicks: { y: number; value: number }[];
  /** The dates under the horizontal axis. */
  xTicks: { x: number; date: string }[];
}

const MARGIN = { top: 12, right: 16, bottom: 28, left: 56 };
const DAY = 86_400_000;

/**
 * Lays out a metric's trend over its scorecards with d3-scale (a UTC time scale across, a linear
 * scale up) and d3-shape (the line). Input: points in date order, the latest target, size in
 * pixels. Output: {@link TrendChart}, with the value axis stretched to show the target too.
 */
export function trendChart(
  points: readonly TrendPoint[],
  target: Target | undefined,
  { width = 640, height = 200 } = {},
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
  return {
    width,
    height,
    path,
    points: drawn,
    targets,
    yTicks: y.ticks(4).map((value) => ({ y: y(value), value })),
    xTicks: points.map(({ date }) => ({ x: x(Date.parse(`${date}T00:00:00Z`)), date })),
  };
}
