"use client";

import { max, scaleLinear, scaleUtc, utcDay, utcFormat } from "d3";
import { useMemo } from "react";
import { CanvasBars } from "./canvas-bars";
import type { TimeBucket } from "@/lib/db/dialect";
import { ChartLegend, type LegendItem } from "./chart-legend";
import { ChartTooltip, markProps, useChartTooltip, type TooltipContent } from "./chart-tooltip";
import { formatCompact } from "./format";
import { BUCKET_INTERVAL, parseDay } from "./time-intervals";

export interface TimeBarDatum {
  bucket: string;
  series: string;
  value: number;
  tooltip: TooltipContent;
}

interface Props {
  data: TimeBarDatum[];
  series: LegendItem[];
  bucket: TimeBucket;
  width: number;
  height?: number;
  ariaLabel: string;
  /** The filter's range, so an empty stretch inside it shows as empty, not cropped away. */
  from?: string;
  to?: string;
  /**
   * stack: series add up in each bucket. overlay: each series from zero, later ones drawn
   * narrower in front, for figures where one is part of another (shot down of launched).
   */
  layout?: "stack" | "overlay";
}

const MARGIN = { top: 8, right: 24, bottom: 24, left: 44 };
/** At least this many buckets on the axis, so one day of data is a bar, not a wall. */
const MIN_BUCKETS = 14;
/**
 * Beyond this many bar segments (weeks × claimants over years) the bars are painted on a canvas
 * and each bucket, not each segment, is one hover and keyboard target: thousands of SVG nodes
 * with handlers make hovering and resizing the page slow.
 */
const CANVAS_BARS_ABOVE = 600;
const MAX_TOOLTIP_LINES = 8;

const TICK_FORMAT: Record<TimeBucket, (d: Date) => string> = {
  day: utcFormat("%-d %b"),
  week: utcFormat("%-d %b"),
  month: utcFormat("%b %Y"),
  year: utcFormat("%Y"),
};

/**
 * Stacked bars on a true time axis: each bar spans its bucket, so days without reports stay
 * visibly empty instead of being joined up by a line.
 */
export function TimeBarChart({ data, series, bucket, width, height = 240, ariaLabel, from, to, layout = "stack" }: Props) {
  const tooltip = useChartTooltip();
  const interval = BUCKET_INTERVAL[bucket];
  const innerW = Math.max(60, width - MARGIN.left - MARGIN.right);
  const innerH = height - MARGIN.top - MARGIN.bottom;

  const { bars, x, y } = useMemo(() => {
    const order = new Map(series.map((s, i) => [s.key, i]));
    const sorted = [...data].sort((a, b) => a.bucket.localeCompare(b.bucket) || (order.get(a.series) ?? 0) - (order.get(b.series) ?? 0));
    const days = sorted.map((d) => d.bucket);
    const first = [from, days[0]].filter(Boolean).sort()[0] ?? "2022-01-01";
    const last = [to, days.at(-1)].filter(Boolean).sort().at(-1) ?? first;
    let start = interval.floor(parseDay(first));
    let end = interval.offset(interval.floor(parseDay(last)), 1);
    const short = MIN_BUCKETS - interval.count(start, end);
    if (short > 0) {
      start = interval.offset(start, -Math.floor(short / 2));
      end = interval.offset(end, Math.ceil(short / 2));
    }
    const x = scaleUtc().domain([start, end]).range([0, innerW]);
    const base = new Map<string, number>();
    const top = new Map<string, number>();
    const bars = sorted.map((d) => {
      const y0 = layout === "stack" ? (base.get(d.bucket) ?? 0) : 0;
      base.set(d.bucket, y0 + d.value);
      top.set(d.bucket, Math.max(top.get(d.bucket) ?? 0, y0 + d.value));
      const start = parseDay(d.bucket);
      const x0 = x(start);
      const x1 = x(interval.offset(start, 1));
      // In an overlay, each later series sits inside the one before it.
      const inset = layout === "overlay" ? ((x1 - x0) * Math.min(2, order.get(d.series) ?? 0)) / 6 : 0;
      return { d, y0, y1: y0 + d.value, x0: x0 + inset, x1: x1 - inset };
    });
    const y = scaleLinear().domain([0, Math.max(1, max(top.values()) ?? 1)]).nice().range([innerH, 0]);
    return { bars, x, y };
  }, [data, series, interval, from, to, innerW, innerH, layout]);

  // Ticks on whole days (never "03 AM") and, for months and years, on bucket boundaries; weeks take
  // d3's month or year ticks, since the first of a month is seldom a Monday. Over more than a year
  // of days or weeks the labels say the year too (d3's multi-scale format: "April", "2024").
  const [domainStart, domainEnd] = x.domain() as [Date, Date];
  const longAxis = utcDay.count(domainStart, domainEnd) > 366 && (bucket === "day" || bucket === "week");
  const align = bucket === "week" ? utcDay : interval;
  const xTicks = x.ticks(Math.max(2, Math.floor(innerW / 90))).filter((t) => +align.floor(t) === +t);
  const xFormat = longAxis ? x.tickFormat() : TICK_FORMAT[bucket];
  const yTicks = y.ticks(Math.min(5, y.domain()[1] ?? 5)).filter((t) => Number.isInteger(t));
  const colorOf = new Map(series.map((s) => [s.key, s.color]));
  const dense = bars.length > CANVAS_BARS_ABOVE;
  const buckets = useMemo(() => (dense ? bucketTargets(bars, series) : []), [dense, bars, series]);
  // Memoized so a tooltip's hover state does not repaint thousands of bars.
  const canvasBars = useMemo(() => {
    if (!dense) return [];
    const color = new Map(series.map((s) => [s.key, s.color]));
    return bars.map(({ d, y0, y1, x0, x1 }) => ({ x: x0, y: y(y1), width: Math.max(1, x1 - x0 - 1), height: Math.max(1, y(y0) - y(y1)), color: color.get(d.series) ?? "currentColor" }));
  }, [dense, bars, series, y]);

  return (
    <div className="relative" data-chart-root onPointerLeave={tooltip.hide}>
      <ChartLegend items={series} />
      <div className="relative">
        {dense && (
          <CanvasBars
            left={MARGIN.left}
            top={MARGIN.top}
            width={innerW}
            height={innerH}
            bars={canvasBars}
          />
        )}
        <svg role="group" aria-label={ariaLabel} width={width} height={height} className="relative block">
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {yTicks.map((t) => (
              <g key={t} transform={`translate(0,${y(t)})`}>
                <line x2={innerW} className="stroke-slate-200 dark:stroke-slate-700" />
                <text x={-6} dy="0.32em" textAnchor="end" className="fill-slate-600 text-[11px] tabular-nums dark:fill-slate-400">
                  {formatCompact(t)}
                </text>
              </g>
            ))}
            {dense &&
              buckets.map((b) => (
                <g key={b.bucket} {...markProps(tooltip, b.tooltip)}>
                  <rect x={b.x0} y={y(b.total)} width={Math.max(1, b.x1 - b.x0 - 1)} height={Math.max(1, innerH - y(b.total))} fill="transparent" />
                  <rect x={b.x0} y={0} width={Math.max(1, b.x1 - b.x0)} height={innerH} fill="transparent" />
                </g>
              ))}
            {!dense && bars.map(({ d, y0, y1, x0, x1 }) => {
              const w = Math.max(3, x1 - x0 - 1);
              return (
                <g key={`${d.bucket}-${d.series}`} {...markProps(tooltip, d.tooltip)}>
                  <rect x={x0} y={y(y1)} width={w} height={Math.max(1, y(y0) - y(y1))} fill={colorOf.get(d.series) ?? "currentColor"} />
                  <rect x={x0 - 4} y={0} width={w + 8} height={innerH} fill="transparent" />
                </g>
              );
            })}
            <line y1={innerH} y2={innerH} x2={innerW} className="stroke-slate-400 dark:stroke-slate-500" />
            {xTicks.map((t) => (
              <text key={t.getTime()} x={x(t)} y={innerH + 16} textAnchor="middle" className="fill-slate-600 text-[11px] dark:fill-slate-400">
                {xFormat(t)}
              </text>
            ))}
          </g>
        </svg>
      </div>
      <ChartTooltip anchor={tooltip.anchor} width={width} onClose={tooltip.close} />
    </div>
  );
}

interface BucketTarget {
  bucket: string;
  x0: number;
  x1: number;
  total: number;
  tooltip: TooltipContent;
}

/** One target per bucket for a canvas-drawn chart: its segments summed, the largest listed first. */
function bucketTargets(bars: { d: TimeBarDatum; y1: number; x0: number; x1: number }[], series: LegendItem[]): BucketTarget[] {
  const labelOf = new Map(series.map((s) => [s.key, s.label]));
  const byBucket = new Map<string, typeof bars>();
  for (const bar of bars) {
    const segments = byBucket.get(bar.d.bucket);
    if (segments) segments.push(bar);
    else byBucket.set(bar.d.bucket, [bar]);
  }
  return [...byBucket.entries()].map(([bucket, segments]) => {
    const largest = [...segments].sort((a, b) => b.d.value - a.d.value);
    const lines = largest.slice(0, MAX_TOOLTIP_LINES).map((s) => `${labelOf.get(s.d.series) ?? s.d.series}: ${formatCompact(s.d.value)}`);
    if (largest.length > MAX_TOOLTIP_LINES) lines.push(`and ${largest.length - MAX_TOOLTIP_LINES} more`);
    const top = largest[0]!.d.tooltip;
    return {
      bucket,
      x0: segments[0]!.x0,
      x1: segments[0]!.x1,
      total: Math.max(...segments.map((s) => s.y1)),
      tooltip: { title: top.title, lines, facts: segments.reduce((n, s) => n + s.d.tooltip.facts, 0), exampleFactId: top.exampleFactId },
    };
  });
}
