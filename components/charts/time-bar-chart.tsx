"use client";

import { max } from "d3-array";
import { scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import { useMemo } from "react";
import { CanvasBars } from "./canvas-bars";
import type { TimeBucket } from "@/lib/series/time-buckets";
import { ChartLegend, type LegendItem } from "./chart-legend";
import { ChartTooltip, markProps, useChartTooltip, type TooltipContent } from "./chart-tooltip";
import { formatCompact } from "./format";
import { useRovingFocus } from "./roving-focus";
import { ANCHOR_START_BELOW, bucketSpan, stackSegments, timeDomain, timeTicks } from "./time-layout";
import { parseDay } from "./time-intervals";
import { valueTickFormat } from "./value-ticks";

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
  /** The filter's range: the axis spans exactly it, so an empty stretch shows as empty, not cropped. */
  from?: string;
  to?: string;
  /**
   * stack: series add up in each bucket (parts of one whole, like kinds of facts).
   * overlay: each series from zero, later ones drawn narrower in front (one figure part of another).
   * lines: one line per series, never added up (competing claims side by side).
   */
  layout?: "stack" | "overlay" | "lines";
}

const MARGIN = { top: 8, right: 24, bottom: 24, left: 44 };
/**
 * Beyond this many bar segments (weeks × kinds over years) the bars are painted on a canvas
 * and each bucket, not each segment, is one hover and keyboard target: thousands of SVG nodes
 * with handlers make hovering and resizing the page slow. Lines always take one target per bucket.
 */
const CANVAS_BARS_ABOVE = 600;
const MAX_TOOLTIP_LINES = 8;
const Y_TICKS = 5;

/**
 * Bars (or lines) on a true time axis: each bar spans its bucket, so days without reports stay
 * visibly empty. The chart is one Tab stop; arrow keys walk its marks in time order.
 */
export function TimeBarChart({ data, series, bucket, width, height = 240, ariaLabel, from, to, layout = "stack" }: Props) {
  const tooltip = useChartTooltip();
  const innerW = Math.max(60, width - MARGIN.left - MARGIN.right);
  const innerH = height - MARGIN.top - MARGIN.bottom;

  const { bars, x, y } = useMemo(() => {
    const order = series.map((s) => s.key);
    const x = scaleUtc().domain(timeDomain(bucket, data.map((d) => d.bucket), from, to)).range([0, innerW]);
    const segments = stackSegments(data, order, layout === "overlay" ? "overlay" : "stack");
    const bars = (layout === "lines" ? data.map((d) => ({ datum: d, y0: 0, y1: d.value })) : segments).map(({ datum, y0, y1 }) => {
      const { x0, x1 } = bucketSpan(x, bucket, datum.bucket);
      // In an overlay, each later series sits inside the one before it.
      const inset = layout === "overlay" ? ((x1 - x0) * Math.min(2, Math.max(0, order.indexOf(datum.series)))) / 6 : 0;
      return { d: datum, y0, y1, x0: x0 + inset, x1: x1 - inset };
    });
    // Rounded to the same step as the ticks, so the top of the chart carries a labelled line (a
    // lone 42 otherwise stood above the highest line, 40, with nothing to read it against).
    const top = Math.max(1, max(bars, (b) => b.y1) ?? 1);
    const y = scaleLinear().domain([0, top]).nice(Math.min(Y_TICKS, top)).range([innerH, 0]);
    return { bars, x, y };
  }, [data, series, bucket, from, to, innerW, innerH, layout]);

  const ticks = timeTicks(x, bucket, innerW);
  const yTicks = y.ticks(Math.min(Y_TICKS, y.domain()[1] ?? Y_TICKS)).filter((t) => Number.isInteger(t));
  const yLabel = valueTickFormat(y.domain()[1] ?? 0);
  const colorOf = new Map(series.map((s) => [s.key, s.color]));
  const perBucket = layout === "lines" || bars.length > CANVAS_BARS_ABOVE;
  const buckets = useMemo(() => (perBucket ? bucketTargets(bars, series) : []), [perBucket, bars, series]);
  const canvas = layout !== "lines" && bars.length > CANVAS_BARS_ABOVE;
  // Memoized so a tooltip's hover state does not repaint thousands of bars.
  const canvasBars = useMemo(() => {
    if (!canvas) return [];
    const color = new Map(series.map((s) => [s.key, s.color]));
    return bars.map(({ d, y0, y1, x0, x1 }) => ({ x: x0, y: y(y1), width: Math.max(1, x1 - x0 - 1), height: Math.max(1, y(y0) - y(y1)), color: color.get(d.series) ?? "currentColor" }));
  }, [canvas, bars, series, y]);
  const lines = useMemo(() => {
    if (layout !== "lines") return [];
    const path = line<(typeof bars)[number]>()
      .x((b) => (b.x0 + b.x1) / 2)
      .y((b) => y(b.y1));
    return series.map((s) => ({ key: s.key, color: s.color, d: path(bars.filter((b) => b.d.series === s.key)) ?? "", points: bars.filter((b) => b.d.series === s.key) }));
  }, [layout, bars, series, y]);
  const roving = useRovingFocus(perBucket ? buckets.length : bars.length);

  return (
    <div className="relative" data-chart-root onPointerLeave={tooltip.hide}>
      <ChartLegend items={series} />
      <div className="relative">
        {canvas && <CanvasBars left={MARGIN.left} top={MARGIN.top} width={innerW} height={innerH} bars={canvasBars} />}
        <svg role="group" aria-label={ariaLabel} width={width} height={height} className="relative block">
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {yTicks.map((t) => (
              <g key={t} transform={`translate(0,${y(t)})`}>
                <line x2={innerW} className="stroke-slate-200 dark:stroke-slate-700" />
                <text x={-6} dy="0.32em" textAnchor="end" className="fill-slate-600 text-[11px] tabular-nums dark:fill-slate-400">
                  {yLabel(t)}
                </text>
              </g>
            ))}
            {lines.map((l) => (
              <g key={l.key} aria-hidden="true">
                <path d={l.d} fill="none" stroke={l.color} strokeWidth={2} strokeLinejoin="round" />
                {l.points.length <= 60 && l.points.map((p) => <circle key={p.d.bucket} cx={(p.x0 + p.x1) / 2} cy={y(p.y1)} r={3} fill={l.color} />)}
              </g>
            ))}
            {perBucket &&
              buckets.map((b, i) => (
                <g key={b.bucket} {...markProps(tooltip, b.tooltip, roving.propsFor(i))}>
                  <rect x={b.x0} y={y(b.top)} width={Math.max(1, b.x1 - b.x0 - 1)} height={Math.max(1, innerH - y(b.top))} fill="transparent" />
                  <rect x={b.x0} y={0} width={Math.max(1, b.x1 - b.x0)} height={innerH} fill="transparent" />
                </g>
              ))}
            {!perBucket &&
              bars.map(({ d, y0, y1, x0, x1 }, i) => {
                const w = Math.max(3, x1 - x0 - 1);
                return (
                  <g key={`${d.bucket}-${d.series}`} {...markProps(tooltip, d.tooltip, roving.propsFor(i))}>
                    <rect x={x0} y={y(y1)} width={w} height={Math.max(1, y(y0) - y(y1))} fill={colorOf.get(d.series) ?? "currentColor"} />
                    <rect x={x0 - 4} y={0} width={w + 8} height={innerH} fill="transparent" />
                  </g>
                );
              })}
            <line y1={innerH} y2={innerH} x2={innerW} className="stroke-slate-400 dark:stroke-slate-500" />
            {ticks.map((t) => (
              <text key={t.date.getTime()} x={x(t.date)} y={innerH + 16} textAnchor={x(t.date) < ANCHOR_START_BELOW ? "start" : "middle"} className="fill-slate-600 text-[11px] dark:fill-slate-400">
                {t.label}
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
  top: number;
  tooltip: TooltipContent;
}

/** One target per bucket: its series listed largest first, facts summed. */
function bucketTargets(bars: { d: TimeBarDatum; y1: number; x0: number; x1: number }[], series: LegendItem[]): BucketTarget[] {
  const labelOf = new Map(series.map((s) => [s.key, s.label]));
  const byBucket = new Map<string, typeof bars>();
  for (const bar of bars) {
    const segments = byBucket.get(bar.d.bucket);
    if (segments) segments.push(bar);
    else byBucket.set(bar.d.bucket, [bar]);
  }
  return [...byBucket.entries()]
    .sort(([a], [b]) => parseDay(a).getTime() - parseDay(b).getTime())
    .map(([bucket, segments]) => {
      const largest = [...segments].sort((a, b) => b.d.value - a.d.value);
      const lines = largest.slice(0, MAX_TOOLTIP_LINES).map((s) => `${labelOf.get(s.d.series) ?? s.d.series}: ${formatCompact(s.d.value)}`);
      if (largest.length > MAX_TOOLTIP_LINES) lines.push(`and ${largest.length - MAX_TOOLTIP_LINES} more`);
      const top = largest[0]!.d.tooltip;
      return {
        bucket,
        x0: Math.min(...segments.map((s) => s.x0)),
        x1: Math.max(...segments.map((s) => s.x1)),
        top: Math.max(...segments.map((s) => s.y1)),
        tooltip: { title: top.title, lines, facts: segments.reduce((n, s) => n + s.d.tooltip.facts, 0), exampleFactId: top.exampleFactId },
      };
    });
}
