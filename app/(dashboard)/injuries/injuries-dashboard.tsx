"use client";

import { DashboardPage } from "@/components/layout/dashboard-page";
import { ChartCard } from "@/components/charts/chart-card";
import { HorizontalBarChart, TimeBarChart } from "@/components/charts/lazy-charts";
import { DataTable } from "@/components/charts/data-table";
import { formatBucket, formatNumber } from "@/components/charts/format";
import type { BarGroup } from "@/components/charts/horizontal-bar-chart";
import { groupsNote, othersCount, placeLabel } from "@/components/charts/series-labels";
import type { TimeBarDatum } from "@/components/charts/time-bar-chart";
import { FactsTable } from "@/components/facts/facts-table";
import type { SeriesRow } from "@/lib/series/series-contract";
import { timeBucketOf } from "@/lib/series/time-buckets";
import { useInjurySeries } from "./use-injury-series";

const METRICS = [
  { key: "injured", label: "Injured", color: "var(--chart-injury)" },
  { key: "serious", label: "Of whom serious", color: "var(--chart-4)" },
  { key: "killed", label: "Killed", color: "var(--chart-8)" },
] as const;

type PlaceRow = SeriesRow<"injured" | "serious" | "killed">;
type TimeRow = SeriesRow<"injured" | "killed">;

const statedLines = (row: PlaceRow) => METRICS.map((m) => `${m.label}: ${formatNumber(row[m.key])}`);
const sum = (rows: { injured: number | null }[]) => rows.reduce((s, r) => s + (r.injured ?? 0), 0);

export function InjuriesDashboard() {
  const { byPlace, overTime } = useInjurySeries();
  const placeRows = byPlace.data?.rows ?? [];
  const timeRows = overTime.data?.rows ?? [];
  const bucket = timeBucketOf(overTime.data);
  const others = othersCount(byPlace.data);
  const label = (row: PlaceRow) => placeLabel(row, others);

  const groups: BarGroup[] = placeRows.map((row) => ({
    key: row.other ? "other" : `${row.key}-${row.country}`,
    label: label(row),
    outsideScale: row.other,
    bars: METRICS.map((m) => ({
      series: m.key,
      value: row[m.key],
      tooltip: { title: label(row), lines: statedLines(row), facts: row.facts, exampleFactId: row.exampleFactId },
    })),
  }));

  const timeData: TimeBarDatum[] = timeRows.flatMap((row: TimeRow) =>
    (["killed", "injured"] as const)
      .filter((k) => (row[k] ?? 0) > 0)
      .map((k) => ({
        bucket: row.key ?? "",
        series: k,
        value: row[k] ?? 0,
        tooltip: { title: formatBucket(row.key ?? "", bucket), lines: [`Injured: ${formatNumber(row.injured)}`, `Killed: ${formatNumber(row.killed)}`], facts: row.facts, exampleFactId: row.exampleFactId },
      })),
  );

  const totalInjured = sum(placeRows);
  const top = placeRows.find((r) => !r.other);
  const shown = groupsNote(byPlace.data, "places");

  return (
    <DashboardPage title="Injuries">
      <ChartCard
        title="Injured, seriously injured and killed, by place"
        description={`People hurt in attacks, as the dispatches state them, at ${shown}. “Not stated” means the report gives no figure, not zero.`}
        summary={
          placeRows.length
            ? `Bar chart of ${shown}. ${formatNumber(totalInjured)} people injured in all; the most at ${top ? placeLabel(top) : ""} with ${top ? formatNumber(top.injured) : ""}.`
            : "No injuries under these filters."
        }
        status={byPlace}
        isEmpty={placeRows.length === 0}
        csvHref={byPlace.csvHref}
        chart={(width) => <HorizontalBarChart groups={groups} series={[...METRICS]} width={width} ariaLabel="Injuries by place" formatValue={formatNumber} />}
        table={() => (
          <DataTable
            caption={`Injuries by place: ${shown}`}
            rows={placeRows}
            rowKey={(r) => (r.other ? "other" : `${r.key}-${r.country}`)}
            columns={[
              { key: "place", header: "Place", render: (r) => label(r) },
              ...METRICS.map((m) => ({ key: m.key, header: m.label, numeric: true, render: (r: PlaceRow) => formatNumber(r[m.key]) })),
              { key: "facts", header: "Facts", numeric: true, render: (r) => formatNumber(r.facts) },
            ]}
          />
        )}
      />
      <ChartCard
        title="Injured and killed over time"
        description={`Per ${bucket}, by the date of the attack, over the whole range. Empty stretches are periods with no report.`}
        summary={timeRows.length ? `Bar chart over ${timeRows.length} ${bucket}s with injuries reported: ${formatNumber(sum(timeRows))} people injured in all.` : "No injuries under these filters."}
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
            layout="overlay"
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
              { key: "date", header: bucket === "day" ? "Date" : `${bucket[0]?.toUpperCase()}${bucket.slice(1)}`, render: (r) => formatBucket(r.key ?? "", bucket) },
              { key: "injured", header: "Injured", numeric: true, render: (r) => formatNumber(r.injured) },
              { key: "killed", header: "Killed", numeric: true, render: (r) => formatNumber(r.killed) },
              { key: "facts", header: "Facts", numeric: true, render: (r) => formatNumber(r.facts) },
            ]}
          />
        )}
      />
      <FactsTable kind="injury" title="Injury facts" />
    </DashboardPage>
  );
}
