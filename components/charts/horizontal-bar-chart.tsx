"use client";

import { max } from "d3-array";
import { scaleLinear } from "d3-scale";
import { useMemo } from "react";
import { ChartTooltip, markProps, useChartTooltip, type TooltipContent } from "./chart-tooltip";
import { ChartLegend, type LegendItem } from "./chart-legend";
import { BAR, barY, groupedBarLayout, LABEL_LINE, labelLines } from "./bar-layout";
import { useRovingFocus } from "./roving-focus";

export interface Bar {
  series: string;
  value: number | null;
  /** Printed at the bar's end; defaults to the formatted value. */
  label?: string;
  tooltip: TooltipContent;
}

export interface BarGroup {
  key: string;
  label: string;
  bars: Bar[];
  /**
   * Left out of the scale (the Other of many groups, often larger than any one): its bars run to
   * the chart's edge with a break mark where they exceed it, and their labels give the value.
   */
  outsideScale?: boolean;
}

interface Props {
  groups: BarGroup[];
  series: LegendItem[];
  width: number;
  ariaLabel: string;
  formatValue: (value: number) => string;
}

const CHAR_WIDTH = 7; // approximate width of a 12px label character

const labelOf = (bar: Bar, formatValue: (value: number) => string) => bar.label ?? (bar.value === null ? "not stated" : formatValue(bar.value));

/**
 * Ranked bars, one group per category (a place, a donor), one bar per series side by side.
 * Category labels sit above their bars so long names never collide with bars, at any width.
 * One Tab stop; arrow keys walk the bars in reading order.
 */
export function HorizontalBarChart({ groups, series, width, ariaLabel, formatValue }: Props) {
  const tooltip = useChartTooltip();
  const seriesIndex = useMemo(() => new Map(series.map((s, i) => [s.key, i])), [series]);
  const { x, labelsBelow, chars, lineCount } = useMemo(() => {
    const scaled = groups.filter((g) => !g.outsideScale);
    const top = max(scaled.length ? scaled : groups, (g) => max(g.bars, (b) => b.value ?? 0)) ?? 0;
    // Leave room for the longest value label so it never runs off the chart; a label too long
    // for beside its bar (amounts in several currencies on a phone) goes on a line below it.
    const longest = max(groups, (g) => max(g.bars, (b) => labelOf(b, formatValue).length)) ?? 4;
    const labelSpace = longest * CHAR_WIDTH + 10;
    const labelsBelow = labelSpace > width * 0.6;
    const x = scaleLinear()
      .domain([0, top || 1])
      .range([0, Math.max(40, width - (labelsBelow ? 12 : labelSpace))]);
    // Below the bars, a label longer than the chart is wide breaks into lines (every bar gets as
    // many as the longest needs, so the groups stay evenly spaced).
    const chars = Math.max(12, Math.floor(width / CHAR_WIDTH));
    const lineCount = labelsBelow ? (max(groups, (g) => max(g.bars, (b) => labelLines(labelOf(b, formatValue), chars).length)) ?? 1) : 0;
    return { x, labelsBelow, chars, lineCount };
  }, [groups, width, formatValue]);
  const labelLine = lineCount * LABEL_LINE;

  const { placements: layout, height } = groupedBarLayout(groups, labelLine);
  const firstMark = layout.map((_, g) => groups.slice(0, g).reduce((n, group) => n + group.bars.length, 0));
  const roving = useRovingFocus(groups.reduce((n, g) => n + g.bars.length, 0));

  return (
    <div className="relative" data-chart-root onPointerLeave={tooltip.hide}>
      {series.length > 1 && <ChartLegend items={series} />}
      <svg role="group" aria-label={ariaLabel} width={width} height={height} className="block overflow-visible">
        {layout.map(({ group, top }, g) => (
          <g key={group.key} transform={`translate(0,${top})`}>
            <text y={13} className="fill-current text-[13px] font-medium">
              {group.label}
            </text>
            {group.bars.map((bar, i) => {
              const y = barY(i, labelLine);
              const full = x.range()[1]!;
              const broken = bar.value !== null && x(bar.value) > full;
              const w = bar.value === null ? 0 : Math.max(1, Math.min(full, x(bar.value)));
              const color = series[seriesIndex.get(bar.series) ?? 0]?.color ?? "currentColor";
              return (
                <g key={bar.series} {...markProps(tooltip, bar.tooltip, roving.propsFor(firstMark[g]! + i))}>
                  <rect x={0} y={y} width={Math.max(w, 0)} height={BAR} rx={2} fill={color} />
                  {broken && <path d={`M${w - 14},${y + BAR + 2} l6,${-BAR - 4} M${w - 8},${y + BAR + 2} l6,${-BAR - 4}`} className="stroke-white dark:stroke-slate-900" strokeWidth={3} aria-hidden="true" />}
                  {/* A wider invisible target so thin bars are easy to hover. */}
                  <rect x={0} y={y} width={Math.max(w, 60)} height={BAR} fill="transparent" />
                  <text x={labelsBelow ? 0 : w + 6} y={labelsBelow ? y + BAR + LABEL_LINE - 3 : y + BAR - 4} className={`text-[12px] tabular-nums ${bar.value === null ? "fill-slate-500 italic dark:fill-slate-400" : "fill-current"}`}>
                    {labelsBelow
                      ? labelLines(labelOf(bar, formatValue), chars).map((line, l) => (
                          <tspan key={l} x={0} dy={l === 0 ? 0 : LABEL_LINE}>
                            {line}
                          </tspan>
                        ))
                      : labelOf(bar, formatValue)}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <ChartTooltip anchor={tooltip.anchor} width={width} onClose={tooltip.close} />
    </div>
  );
}
