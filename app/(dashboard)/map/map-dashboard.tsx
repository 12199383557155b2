"use client";

import { DashboardPage } from "@/components/layout/dashboard-page";
import { useQuery } from "@tanstack/react-query";
import { parseAsBoolean, parseAsStringLiteral, useQueryState } from "nuqs";
import { useId, useMemo } from "react";
import { ChartCard } from "@/components/charts/chart-card";
import { WorldMap } from "@/components/charts/lazy-charts";
import { DataTable } from "@/components/charts/data-table";
import { formatCount, formatEur, formatNumber } from "@/lib/vocabulary/format";
import { METRIC_LABELS } from "@/lib/vocabulary/labels";
import { tokenVar } from "@/lib/vocabulary/tokens";
import { placeLabel } from "@/components/charts/series-labels";
import type { MapSymbol } from "@/components/charts/world-map";
import { countryName } from "@/lib/countries/country-names";
import type { MapOutlines } from "@/lib/geo/map-outlines";
import type { OutlineScale } from "@/lib/geo/world-countries";
import { useFilters } from "@/lib/query/use-filters";
import { useSeries } from "@/lib/query/use-series";
import type { SeriesRow as TypedSeriesRow } from "@/lib/series/series-contract";

type SeriesRow = TypedSeriesRow<"injured" | "drones_shot_down" | "aid_eur" | "shelters">;

const MAP_METRICS = {
  facts: { label: METRIC_LABELS.facts, color: tokenVar("chart", "1"), format: formatNumber },
  injured: { label: METRIC_LABELS.injured, color: tokenVar("kind", "injury"), format: formatNumber },
  drones_shot_down: { label: METRIC_LABELS.drones_shot_down, color: tokenVar("kind", "drone"), format: formatNumber },
  aid_eur: { label: METRIC_LABELS.aid_eur, color: tokenVar("kind", "aid"), format: (v: number) => formatEur(v) },
  shelters: { label: METRIC_LABELS.shelters, color: tokenVar("kind", "shelter"), format: formatNumber },
} as const;
type MapMetric = keyof typeof MAP_METRICS;
const METRIC_KEYS = Object.keys(MAP_METRICS) as MapMetric[];

const metricParser = parseAsStringLiteral(METRIC_KEYS).withDefault("facts");
const worldParser = parseAsBoolean.withDefault(false);

// The contract types each metric's column as a number or null (not stated), facts as a number.
const rowValue = (row: SeriesRow, metric: MapMetric): number | null => (metric === "facts" ? row.facts : row[metric]);
const rowKey = (row: SeriesRow) => `${row.key ?? "—"}|${row.country ?? ""}`;
const hasCoordinates = (row: SeriesRow): row is SeriesRow & { lat: number; lon: number } => row.lat != null && row.lon != null;
const fullLabel = (row: SeriesRow) => (row.key !== null && row.country ? `${placeLabel(row)}, ${countryName(row.country)}` : placeLabel(row));

/** Series rows → symbols: a place's own coordinates, or its country's centre when it has none. */
function toSymbols(rows: SeriesRow[], metric: MapMetric, centres: ReadonlyMap<string, [number, number]>): { symbols: (MapSymbol & { country: string | null })[]; unplaced: SeriesRow[] } {
  const { label, format } = MAP_METRICS[metric];
  const symbols: (MapSymbol & { country: string | null })[] = [];
  const unplaced: SeriesRow[] = [];
  for (const [i, row] of rows.entries()) {
    const value = rowValue(row, metric);
    if (!value) continue;
    const centre = hasCoordinates(row) ? undefined : row.country ? centres.get(row.country) : undefined;
    const lonLat = hasCoordinates(row) ? [row.lon, row.lat] : centre;
    if (!lonLat) {
      unplaced.push(row);
      continue;
    }
    const lines = [`${label}: ${format(value)}`];
    if (!hasCoordinates(row)) lines.push(row.key === null ? "No place given: drawn at the country’s centre" : "Place not located: drawn at the country’s centre");
    symbols.push({
      // Two villages of one name in one country are two rows: the index keeps keys unique.
      key: `${rowKey(row)}|${i}`,
      lon: lonLat[0] ?? 0,
      lat: lonLat[1] ?? 0,
      value,
      label: row.key ?? (row.country ? countryName(row.country) : "?"),
      atCentroid: !hasCoordinates(row),
      country: row.country ?? null,
      tooltip: { title: fullLabel(row), lines, facts: row.facts, exampleFactId: row.exampleFactId },
    });
  }
  return { symbols, unplaced };
}

// The outlines and the geometry that reads them (topojson, d3-geo) load with the outline files,
// not with the page.
const loadOutlines = (scale: OutlineScale) => import("@/lib/geo/map-outlines").then((m) => m.mapOutlines(scale));
const NO_OUTLINES: MapOutlines = { countries: [], centres: new Map(), mainlandBounds: () => [] };

export function MapDashboard() {
  const [metric, setMetric] = useQueryState("metric", metricParser.withOptions({ history: "push" }));
  const [wholeWorld, setWholeWorld] = useQueryState("world", worldParser);
  const { filters } = useFilters();
  const series = useSeries({ metric: [metric], by: "place", limit: 500 });
  // Outlines are static files, fetched by this page only; the finer ones only for a zoomed view.
  const coarse = useQuery({ queryKey: ["geo", "countries", "110m"], queryFn: () => loadOutlines("110m"), staleTime: Infinity });
  const detailed = useQuery({ queryKey: ["geo", "countries", "50m"], queryFn: () => loadOutlines("50m"), staleTime: Infinity, enabled: !wholeWorld && coarse.isSuccess });
  const outlines = coarse.data ?? NO_OUTLINES;
  const world = outlines.countries;
  const id = useId();
  const { label, color, format } = MAP_METRICS[metric];
  const rows = useMemo(() => series.data?.rows ?? [], [series.data]);
  const centres = outlines.centres;
  const { symbols, unplaced } = useMemo(() => toSymbols(rows, metric, centres), [rows, metric, centres]);
  const highlighted = useMemo(() => new Set(symbols.length ? rows.flatMap((r) => (r.country && rowValue(r, metric) ? [r.country] : [])) : []), [rows, symbols, metric]);
  // A country filtered as the place (or in any role) is what the reader looks at: zoom to it,
  // even when donors elsewhere count too.
  const focus = useMemo(() => (filters.role === undefined || filters.role.includes("location") ? (filters.country ?? []) : []), [filters.country, filters.role]);
  const fitPoints = useMemo(() => {
    const focused = symbols.filter((s) => s.country && focus.includes(s.country));
    if (focus.length === 0 || world.length === 0) return symbols.map((s): [number, number] => [s.lon, s.lat]);
    const mainland = focus.flatMap((code) => outlines.mainlandBounds(code));
    return [...mainland, ...focused.map((s): [number, number] => [s.lon, s.lat])];
  }, [symbols, focus, world, outlines]);
  const outside = focus.length ? symbols.filter((s) => !s.country || !focus.includes(s.country)).length : 0;
  const top = [...symbols].sort((a, b) => b.value - a.value)[0];
  const total = symbols.reduce((s, x) => s + x.value, 0);
  const status = { isPending: series.isPending || coarse.isPending, error: series.error ?? coarse.error };

  return (
    <DashboardPage title="Map">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div role="group" aria-labelledby={`${id}-metric`} className="flex flex-wrap items-center gap-1">
          <span id={`${id}-metric`} className="mr-1 text-sm font-medium text-slate-600 dark:text-slate-400">
            Show
          </span>
          {METRIC_KEYS.map((key) => (
            <button
              key={key}
              type="button"
              aria-pressed={metric === key}
              onClick={() => void setMetric(key === "facts" ? null : key)}
              className={`rounded-md border px-2.5 py-1 text-sm ${metric === key ? "border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"}`}
            >
              {MAP_METRICS[key].label}
            </button>
          ))}
        </div>
        {symbols.length > 0 && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={wholeWorld} onChange={(e) => void setWholeWorld(e.target.checked || null)} className="h-4 w-4" />
            Show the whole world
          </label>
        )}
      </div>
      <ChartCard
        title={`${label} by place`}
        description={
          <>
            Each circle sums the facts at one place. Facts that name no place stand at their country’s centre, dashed.
            {outside > 0 && !wholeWorld && ` Zoomed to ${focus.map(countryName).join(", ")}; ${outside.toLocaleString("en")} ${outside === 1 ? "place lies" : "places lie"} elsewhere (show the whole world to see them).`}
            {unplaced.length > 0 && ` ${unplaced.length} ${unplaced.length === 1 ? "row has" : "rows have"} no location the map can draw; see the table.`}
          </>
        }
        summary={
          symbols.length
            ? `Map of ${symbols.length} ${symbols.length === 1 ? "place" : "places"} with ${label.toLowerCase()}, ${format(total)} in all; the most at ${top ? `${top.tooltip.title} with ${format(top.value)}` : ""}.`
            : `No ${label.toLowerCase()} under these filters.`
        }
        status={status}
        isEmpty={rows.length === 0}
        emptyWhat={label.toLowerCase()}
        csvHref={series.csvHref}
        chart={(width) => (
          <WorldMap
            countries={wholeWorld ? world : (detailed.data?.countries ?? world)}
            highlighted={highlighted}
            symbols={symbols}
            fitPoints={fitPoints}
            width={width}
            wholeWorld={wholeWorld}
            color={color}
            formatValue={format}
            ariaLabel={`World map of ${label.toLowerCase()} by place`}
          />
        )}
        table={() => (
          <DataTable
            caption={`${label} by place`}
            rows={rows}
            rowKey={(r, i) => `${rowKey(r)}|${i}`}
            columns={[
              { key: "place", header: "Place", render: (r) => (hasCoordinates(r) ? placeLabel(r) : `${placeLabel(r)} · drawn at country centre`) },
              { key: "country", header: "Country", render: (r) => (r.country ? countryName(r.country) : "—") },
              { key: "lat", header: "Lat", numeric: true, render: (r) => r.lat?.toFixed(3) ?? "—" },
              { key: "lon", header: "Lon", numeric: true, render: (r) => r.lon?.toFixed(3) ?? "—" },
              { key: "value", header: label, numeric: true, render: (r) => { const v = rowValue(r, metric); return v === null ? "not stated" : format(v); } },
              { key: "facts", header: "Facts", numeric: true, render: (r) => formatCount(r.facts) },
            ]}
          />
        )}
      />
    </DashboardPage>
  );
}
