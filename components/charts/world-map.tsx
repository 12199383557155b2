"use client";

import { max } from "d3-array";
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { scaleSqrt, type ScalePower } from "d3-scale";
import { useMemo, useRef, useState } from "react";
import { mapFit } from "@/lib/geo/data-extent";
import { placeLabels } from "@/lib/geo/place-labels";
import type { CountryFeature } from "@/lib/geo/world-countries";
import { ChartTooltip, pointerInChart, useChartTooltip, type TooltipContent } from "./chart-tooltip";

/** One aggregated symbol: a place (or a country's centre) and its value. */
export interface MapSymbol {
  key: string;
  lon: number;
  lat: number;
  value: number;
  /** The short name printed beside the symbol when there is room. */
  label: string;
  /** No place was given: the symbol stands at the country's centre, drawn dashed. */
  atCentroid: boolean;
  tooltip: TooltipContent;
}

interface Props {
  countries: CountryFeature[];
  /** ISO alpha-2 codes of the countries to shade as having data. */
  highlighted: ReadonlySet<string>;
  symbols: MapSymbol[];
  /** [lon, lat] points the zoomed map must show (every symbol, or the filtered country's). */
  fitPoints: [number, number][];
  width: number;
  /** Show the whole globe instead of fitting to fitPoints. */
  wholeWorld: boolean;
  color: string;
  ariaLabel: string;
  formatValue: (value: number) => string;
}

const SPHERE: GeoPermissibleObjects = { type: "Sphere" };
const MIN_R = 3;
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * A world map with proportional circles: area ∝ value, larger circles drawn first so smaller
 * ones stay visible on top. React draws every path; d3-geo only projects. The places are one
 * Tab stop: arrow keys move between them west to east, Enter pins the tooltip with its quote.
 */
export function WorldMap({ countries, highlighted, symbols, fitPoints, width, wholeWorld, color, ariaLabel, formatValue }: Props) {
  const tooltip = useChartTooltip();
  const maxR = clamp(width / 28, 12, 32);

  const { path, projection, height } = useMemo(() => {
    const fit = mapFit(fitPoints);
    const projection = geoNaturalEarth1().rotate([-fit.centre, 0]);
    if (wholeWorld || !fit.extent) {
      projection.fitWidth(width, SPHERE);
      const [[, y0], [, y1]] = geoPath(projection).bounds(SPHERE);
      return { path: geoPath(projection), projection, height: Math.ceil(y1 - y0) };
    }
    const height = Math.round(clamp(width * 0.62, 260, 540));
    const pad = maxR + 4;
    projection.fitExtent([[pad, pad], [width - pad, height - pad]], fit.extent);
    return { path: geoPath(projection), projection, height };
  }, [fitPoints, wholeWorld, width, maxR]);

  // Keys by position: the 1:50m file gives some territories their country's code (Australia's islands).
  const land = useMemo(() => countries.map((c, i) => ({ key: `${c.id}-${i}`, id: c.id, name: c.properties.name, d: path(c) ?? "" })), [countries, path]);

  const radius = useMemo(() => scaleSqrt().domain([0, max(symbols, (s) => s.value) || 1]).range([0, maxR]), [symbols, maxR]);

  const drawn = useMemo(() => {
    const placed = symbols.flatMap((s) => {
      const at = projection([s.lon, s.lat]);
      return at ? [{ s, x: at[0], y: at[1], r: Math.max(MIN_R, radius(s.value)) }] : [];
    });
    return placed.sort((a, b) => b.r - a.r);
  }, [symbols, projection, radius]);

  // Keyboard order: west to east, then north to south, as a reader scans a map.
  const keyOrder = useMemo(() => drawn.map((_, i) => i).sort((a, b) => (drawn[a]?.x ?? 0) - (drawn[b]?.x ?? 0) || (drawn[a]?.y ?? 0) - (drawn[b]?.y ?? 0)), [drawn]);
  const [active, setActive] = useState(0);
  const circles = useRef<(SVGCircleElement | null)[]>([]);
  const activeIndex = keyOrder[Math.min(active, keyOrder.length - 1)] ?? 0;

  const labels = useMemo(
    () => placeLabels(drawn.map(({ s, x, y, r }) => ({ key: s.key, x, y, r, text: s.label })), width, height, { max: width < 500 ? 6 : 14 }),
    [drawn, width, height],
  );

  // Circles can sit on one another (a town and its neighbour across a river): the tooltip
  // names every symbol under the pointer, and quotes the smallest, which is drawn on top.
  const onPointerMove = (e: React.MouseEvent<SVGSVGElement>, pinned = false) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    const hits = drawn.filter(({ x, y, r }) => Math.hypot(px - x, py - y) <= Math.max(r, 6));
    if (hits.length === 0) return pinned ? tooltip.close() : tooltip.hide();
    const at = pointerInChart(e);
    tooltip.show(at.x, at.y, combinedTooltip(hits.map((h) => h.s), formatValue), pinned);
  };

  const showFor = (index: number, pinned: boolean) => {
    const d = drawn[index];
    if (d) tooltip.show(d.x, d.y + d.r, d.s.tooltip, pinned);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    let next: number | undefined;
    if (step !== undefined) next = (active + step + keyOrder.length) % keyOrder.length;
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = keyOrder.length - 1;
    else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      showFor(activeIndex, true);
      return;
    } else if (e.key === "Escape") tooltip.close();
    if (next === undefined) return;
    e.preventDefault();
    setActive(next);
    const index = keyOrder[next] ?? 0;
    circles.current[index]?.focus();
    tooltip.close();
    showFor(index, false);
  };

  return (
    <div className="relative" data-chart-root onPointerLeave={tooltip.hide}>
      <svg role="group" aria-label={ariaLabel} width={width} height={height} className="block overflow-hidden" onPointerMove={(e) => onPointerMove(e)} onClick={(e) => onPointerMove(e, true)} onKeyDown={onKeyDown}>
        <path d={path(SPHERE) ?? ""} className="fill-sky-50 dark:fill-slate-950" />
        {land.map((c) => (
          <path key={c.key} d={c.d} fill={highlighted.has(c.id) ? "var(--map-highlight)" : "var(--map-land)"} stroke="var(--map-border)" strokeWidth={0.6}>
            <title>{c.name}</title>
          </path>
        ))}
        {/* Outlined again on top: a fill step alone (1.7:1 light, 2.2:1 dark) is easy to miss. */}
        {land
          .filter((c) => highlighted.has(c.id))
          .map((c) => (
            <path key={`hl-${c.key}`} d={c.d} fill="none" stroke="currentColor" strokeOpacity={0.45} strokeWidth={0.8} className="pointer-events-none" />
          ))}
        {drawn.map(({ s, x, y, r }, i) => (
          <circle
            key={s.key}
            ref={(el) => {
              circles.current[i] = el;
            }}
            data-place={s.label}
            cx={x}
            cy={y}
            r={r}
            fill={color}
            fillOpacity={0.4}
            stroke={color}
            strokeWidth={1.5}
            strokeDasharray={s.atCentroid ? "4 3" : undefined}
            tabIndex={i === activeIndex ? 0 : -1}
            role="img"
            aria-label={[s.tooltip.title, ...s.tooltip.lines].join(". ")}
            onFocus={() => {
              setActive(keyOrder.indexOf(i));
              showFor(i, false);
            }}
            onBlur={tooltip.hide}
            className="cursor-pointer outline-none focus-visible:stroke-blue-600 focus-visible:[stroke-width:3]"
          />
        ))}
        {labels.map((l) => (
          <text key={l.key} x={l.x} y={l.y} textAnchor={l.anchor} paintOrder="stroke" strokeWidth={3} strokeLinejoin="round" className="pointer-events-none fill-slate-900 stroke-white text-[11px] font-medium dark:fill-slate-100 dark:stroke-slate-950">
            {l.text}
          </text>
        ))}
      </svg>
      <MapLegend radius={radius} color={color} formatValue={formatValue} showCentroid={symbols.some((s) => s.atCentroid)} showHighlight={highlighted.size > 0} />
      <ChartTooltip anchor={tooltip.anchor} width={width} onClose={tooltip.close} />
    </div>
  );
}

function combinedTooltip(hits: MapSymbol[], formatValue: (v: number) => string): TooltipContent {
  const [only] = hits;
  if (only && hits.length === 1) return only.tooltip;
  const top = hits.at(-1);
  return {
    title: `${hits.length} places here`,
    lines: hits.map((h) => `${h.tooltip.title}: ${formatValue(h.value)}`),
    facts: hits.reduce((sum, h) => sum + h.tooltip.facts, 0),
    exampleFactId: top?.tooltip.exampleFactId,
  };
}

/** Round to one significant digit: legend circles read as 100, 500, not 437. */
function roundNice(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.round(v / p) * p;
}

/** Nested reference circles for the size scale, and what shading and dashes mean. */
function MapLegend({ radius, color, formatValue, showCentroid, showHighlight }: { radius: ScalePower<number, number>; color: string; formatValue: (v: number) => string; showCentroid: boolean; showHighlight: boolean }) {
  const top = radius.domain()[1] ?? 1;
  const R = radius(top);
  const H = 2 * R + 4;
  const values: number[] = [];
  let lastLabelY = -Infinity;
  for (const v of [top, roundNice(top / 4), roundNice(top / 20)]) {
    const labelY = H - 2 - 2 * radius(v);
    if (v >= 1 && !values.includes(v) && radius(v) >= 4 && labelY - lastLabelY >= 12) {
      values.push(v);
      lastLabelY = labelY;
    }
  }
  const labelX = 2 * R + 12;
  return (
    <div className="mt-2 flex flex-wrap items-end gap-x-6 gap-y-2 text-xs text-slate-700 dark:text-slate-300">
      <figure className="flex items-end gap-2">
        <svg width={labelX + 70} height={H} aria-hidden className="overflow-visible">
          {values.map((v) => {
            const r = radius(v);
            const cy = H - 2 - r;
            return (
              <g key={v}>
                <circle cx={R + 2} cy={cy} r={r} fill={color} fillOpacity={0.15} stroke={color} />
                <line x1={R + 2} x2={labelX - 3} y1={cy - r} y2={cy - r} className="stroke-slate-400 dark:stroke-slate-500" strokeDasharray="2 2" />
                <text x={labelX} y={cy - r + 4} className="fill-current text-[11px] tabular-nums">
                  {formatValue(v)}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption className="sr-only">Circle area is proportional to the value.</figcaption>
      </figure>
      <ul className="grid gap-1">
        <li>Circle area ∝ value; larger circles lie underneath.</li>
        {showHighlight && (
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-3 w-4 rounded-sm border border-slate-400" style={{ background: "var(--map-highlight)" }} />
            Countries with data
          </li>
        )}
        {showCentroid && (
          <li className="flex items-center gap-1.5">
            <svg width={14} height={14} aria-hidden>
              <circle cx={7} cy={7} r={5.5} fill="none" stroke={color} strokeWidth={1.5} strokeDasharray="3 2" />
            </svg>
            No place given: drawn at the country’s centre
          </li>
        )}
      </ul>
    </div>
  );
}
