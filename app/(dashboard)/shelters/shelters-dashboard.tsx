"use client";

import { DashboardPage } from "@/components/layout/dashboard-page";
import { useInfiniteQuery } from "@tanstack/react-query";
import { ChartCard } from "@/components/charts/chart-card";
import { HorizontalBarChart, ShelterElevation } from "@/components/charts/lazy-charts";
import { DataTable } from "@/components/charts/data-table";
import { formatBucket, formatNumber } from "@/components/charts/format";
import type { BarGroup } from "@/components/charts/horizontal-bar-chart";
import { groupsNote, othersCount, placeLabel } from "@/components/charts/series-labels";
import type { ShelterStructure } from "@/components/charts/shelter-elevation";
import { describeDimensions } from "@/components/charts/shelter-scale";
import { FactsTable } from "@/components/facts/facts-table";
import { countryName } from "@/lib/countries/country-names";
import type { ApiFactOf } from "@/lib/facts/api-fact";
import { filtersToSearchParams } from "@/lib/facts/filter-params";
import { factsInfiniteQueryOptions } from "@/lib/query/query-options";
import { useFilters } from "@/lib/query/use-filters";
import { useSeries } from "@/lib/query/use-series";
import type { SeriesRow } from "@/lib/series/series-contract";

/** Drawings stay readable, and the page light, with this many; the CSV and the table have all. */
const DRAWN_LIMIT = 50;

/** Places shown separately in the by-place chart; the rest are summed as Other. */
const SHELTER_PLACES_SHOWN = 20;

const SHELTER_SERIES = [{ key: "shelters", label: "Shelters", color: "var(--chart-shelter)" }];

const area = (s: ShelterStructure) => (s.lengthM !== null && s.widthM !== null ? s.lengthM * s.widthM : null);
const countLine = (count: number | null) => (count === null ? "Number not stated" : `×${count} ${count === 1 ? "shelter" : "shelters"}`);

function toStructure(f: ApiFactOf<"shelter">): ShelterStructure {
  const title = f.place ? `${f.place}, ${countryName(f.country)}` : `${countryName(f.country)} (no place given)`;
  const dims = { lengthM: f.lengthM, widthM: f.widthM, heightM: f.heightM };
  const count = f.count;
  const date = formatBucket(f.date, "day");
  const floor = dims.lengthM !== null && dims.widthM !== null ? `Floor ${formatNumber(dims.lengthM * dims.widthM)} m²${count && count > 1 ? " each" : ""}` : "Floor area unknown";
  return {
    key: String(f.id),
    title,
    date,
    count,
    ...dims,
    tooltip: { title, lines: [date, countLine(count), describeDimensions(dims), floor], facts: 1, exampleFactId: f.id },
  };
}

const isShelter = (f: { kind: string }): f is ApiFactOf<"shelter"> => f.kind === "shelter";

/**
 * The DRAWN_LIMIT longest shelters under the page's filters, as drawable structures: sorted by
 * stated length on the server, so facts that give no dimension (an empty grid) come last.
 */
function useShelterStructures() {
  const { filters } = useFilters();
  const scoped = { ...filters, kind: ["shelter" as const] };
  const query = useInfiniteQuery(factsInfiniteQueryOptions(scoped, { sort: "lengthM", order: "desc", q: "", limit: DRAWN_LIMIT }));
  const first = query.data?.pages[0];
  return {
    structures: (first?.facts ?? []).filter(isShelter).map(toStructure),
    hasMore: Boolean(first?.nextCursor),
    status: { isPending: query.isPending, error: query.error },
    csvHref: `/api/facts.csv?${filtersToSearchParams(scoped)}`,
  };
}

function summarize(structures: ShelterStructure[], hasMore: boolean): string {
  if (!structures.length) return "No shelters under these filters.";
  const described = structures.slice(0, 3).map((s) => `${countLine(s.count).replace("×", "")} at ${s.title}, ${describeDimensions(s).replaceAll(" · ", ", ")}`);
  const rest = structures.length > 3 ? `; and ${structures.length - 3} more` : "";
  return `Scale drawings of ${structures.length}${hasMore ? "+" : ""} shelter facts beside a 1.75 m person: ${described.join("; ")}${rest}.`;
}

export function SheltersDashboard() {
  const { structures, hasMore, status, csvHref } = useShelterStructures();
  const byPlace = useSeries({ metric: ["shelters"] as const, by: "place", kind: ["shelter"], limit: SHELTER_PLACES_SHOWN });
  const placeRows = byPlace.data?.rows ?? [];
  const others = othersCount(byPlace.data);
  const shown = groupsNote(byPlace.data, "places");
  const label = (row: SeriesRow<"shelters">) => (row.key !== null && row.country ? `${placeLabel(row)}, ${countryName(row.country)}` : placeLabel(row, others));
  const groups: BarGroup[] = placeRows.map((row, i) => ({
    key: `${row.key}-${row.country}-${i}`,
    label: label(row),
    outsideScale: row.other,
    bars: [
      {
        series: "shelters",
        value: row.shelters,
        tooltip: { title: label(row), lines: [`Shelters: ${formatNumber(row.shelters)}`], facts: row.facts, exampleFactId: row.exampleFactId },
      },
    ],
  }));

  return (
    <DashboardPage title="Shelters">
      <ChartCard
        title="Shelters drawn to scale"
        description={
          <>
            Each structure from its stated dimensions (often inside measurements), front and plan, every card at one scale. A side the dispatch does not give is left undrawn and named.
            {hasMore && ` Showing the ${DRAWN_LIMIT} longest structures; the table below and the CSV have every shelter fact.`}
          </>
        }
        summary={summarize(structures, hasMore)}
        status={status}
        isEmpty={structures.length === 0}
        emptyMessage="No shelters under these filters. Widen the date range or clear the country filter."
        csvHref={csvHref}
        chart={(width) => <ShelterElevation structures={structures} width={width} />}
        table={() => (
          <DataTable
            caption="Shelters and their stated dimensions"
            rows={structures}
            rowKey={(s) => s.key}
            columns={[
              { key: "place", header: "Place", render: (s) => s.title },
              { key: "date", header: "Date", render: (s) => s.date },
              { key: "count", header: "Count", numeric: true, render: (s) => formatNumber(s.count) },
              { key: "length", header: "Length (m)", numeric: true, render: (s) => formatNumber(s.lengthM) },
              { key: "width", header: "Width (m)", numeric: true, render: (s) => formatNumber(s.widthM) },
              { key: "height", header: "Height (m)", numeric: true, render: (s) => formatNumber(s.heightM) },
              { key: "area", header: "Floor area each (m²)", numeric: true, render: (s) => formatNumber(area(s)) },
            ]}
          />
        )}
      />
      <ChartCard
        title="Shelters by place"
        description={`Structures announced at each place, summed over the facts there: ${shown}.`}
        summary={placeRows.length ? `Bar chart of ${shown}; the most at ${placeRows[0] ? label(placeRows[0]) : ""}.` : "No shelters under these filters."}
        status={byPlace}
        isEmpty={placeRows.length === 0}
        csvHref={byPlace.csvHref}
        chart={(width) => <HorizontalBarChart groups={groups} series={SHELTER_SERIES} width={width} ariaLabel="Shelters by place" formatValue={formatNumber} />}
        table={() => (
          <DataTable
            caption="Shelters by place"
            rows={placeRows}
            rowKey={(r, i) => `${r.key}-${r.country}-${i}`}
            columns={[
              { key: "place", header: "Place", render: label },
              { key: "shelters", header: "Shelters", numeric: true, render: (r) => formatNumber(r.shelters) },
              { key: "facts", header: "Facts", numeric: true, render: (r) => formatNumber(r.facts) },
            ]}
          />
        )}
      />
      <FactsTable kind="shelter" title="Shelter facts" />
    </DashboardPage>
  );
}
