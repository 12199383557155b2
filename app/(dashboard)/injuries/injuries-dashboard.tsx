"use client";

import { DashboardPage } from "@/components/layout/dashboard-page";
import { ChartCard } from "@/components/charts/chart-card";
import { DataTable } from "@/components/charts/data-table";
import { formatBucket, formatNumber } from "@/components/charts/format";
import { HorizontalBarChart, type BarGroup } from "@/components/charts/horizontal-bar-chart";
import { placeLabel } from "@/components/charts/series-labels";
import { TimeBarChart, type TimeBarDatum } from "@/components/charts/time-bar-chart";
import { FactsTable } from "@/components/facts/facts-table";
import type { TimeBucket } from "@/lib/db/dialect";
import type { SeriesRow } from "@/lib/series/get-series";
import { useSeries } from "@/lib/query/use-series";

const METRICS = [
  { key: "injured", label: "Injured", color: "var(--chart-injury)" },
  { key: "serious", label: "Of whom serious", color: "var(--chart-4)" },
  { key: "killed", label: "Killed", color: "var(--chart-8)" },
] as const;

const value = (row: SeriesRow, key: string) => (typeof row[key] === "number" ? (row[key] as number) : null);
const exampleFact = (row: SeriesRow) => (typeof row.exampleFactId === "number" ? row.exampleFactId : undefined);

function statedLine(row: SeriesRow) {
  return METRICS.map((m) => `${m.label}: ${formatNumber(value(row, m.key))}`);
}

export function InjuriesDashboard() {
  const byPlace = useSeries({ metric: ["injured", "serious", "killed"], by: "place", kind: ["injury"], limit: 40 });
  const overTime = useSeries({ metric: ["injured", "killed"], by: "auto", kind: ["injury"] });
  const placeRows = byPlace.data?.rows ?? [];
  const timeRows = overTime.data?.rows ?? [];
  const bucket = (overTime.data?.by ?? "day") as TimeBucket;

  const groups: BarGroup[] = placeRows.map((row) => ({
    key: `${row.key}-${row.country}`,
    label: placeLabel(row),
    bars: METRICS.map((m) => ({
      series: m.key,
      value: value(row, m.key),
      tooltip: { title: placeLabel(row), lines: statedLine(row), facts: row.facts, exampleFactId: exampleFact(row) },
    })),
  }));

  const timeData: TimeBarDatum[] = timeRows.flatMap((row) =>
    (["killed", "injured"] as const)
      .filter((k) => (value(row, k) ?? 0) > 0)
      .map((k) => ({
        bucket: String(row.key),
        series: k,
        value: value(row, k) ?? 0,
        tooltip: { title: formatBucket(String(row.key), bucket), lines: [`Injured: ${formatNumber(value(row, "injured"))}`, `Killed: ${formatNumber(value(row, "killed"))}`], facts: row.facts, exampleFactId: exampleFact(row) },
      })),
  );

  const totalInjured = placeRows.reduce((s, r) => s + (value(r, "injured") ?? 0), 0);
  const top = placeRows[0];

  return (
    <DashboardPage title="Injuries">
      <ChartCard
        title="Injured, seriously injured and killed, by place"
        description="People hurt in attacks, as the dispatches state them. “Not stated” means the report gives no figure, not zero."
        summary={
          placeRows.length
            ? `Bar chart of ${placeRows.length} places. ${totalInjured} people injured in all; the most at ${top ? placeLabel(top) : ""} with ${top ? formatNumber(value(top, "injured")) : ""}.`
            : "No injuries under these filters."
        }
        status={byPlace}
        isEmpty={placeRows.length === 0}
        csvHref={byPlace.csvHref}
        chart={(width) => <HorizontalBarChart groups={groups} series={[...METRICS]} width={width} ariaLabel="Injuries by place" formatValue={formatNumber} />}
        table={() => (
          <DataTable
            caption="Injuries by place"
            rows={placeRows}
            rowKey={(r) => `${r.key}-${r.country}`}
            columns={[
              { key: "place", header: "Place", render: (r) => placeLabel(r) },
              ...METRICS.map((m) => ({ key: m.key, header: m.label, numeric: true, render: (r: SeriesRow) => formatNumber(value(r, m.key)) })),
              { key: "facts", header: "Facts", numeric: true, render: (r) => r.facts },
            ]}
          />
        )}
      />
      <ChartCard
        title="Injured and killed over time"
        description={`Per ${bucket}, by the date of the attack. Empty stretches are periods with no report.`}
        summary={timeRows.length ? `Bar chart over ${timeRows.length} ${bucket}s with injuries reported.` : "No injuries under these filters."}
        status={overTime}
        isEmpty={timeRows.length === 0}
        csvHref={overTime.csvHref}
        chart={(width) => (
          <TimeBarChart
            data={timeData}
            bucket={bucket}
            width={width}
            from={overTime.filters.from}
            to={overTime.filters.to}
            ariaLabel="Injured and killed over time"
            series={[
              { key: "injured", label: "Injured", color: "var(--chart-injury)" },
              { key: "killed", label: "Killed", color: "var(--chart-8)" },
            ]}
          />
        )}
        table={() => (
          <DataTable
            caption="Injured and killed over time"
            rows={timeRows}
            rowKey={(r) => String(r.key)}
            columns={[
              { key: "date", header: bucket === "day" ? "Date" : `${bucket[0]?.toUpperCase()}${bucket.slice(1)}`, render: (r) => formatBucket(String(r.key), bucket) },
              { key: "injured", header: "Injured", numeric: true, render: (r) => formatNumber(value(r, "injured")) },
              { key: "killed", header: "Killed", numeric: true, render: (r) => formatNumber(value(r, "killed")) },
              { key: "facts", header: "Facts", numeric: true, render: (r) => r.facts },
            ]}
          />
        )}
      />
      <FactsTable kind="injury" title="Injury facts" />
    </DashboardPage>
  );
}
