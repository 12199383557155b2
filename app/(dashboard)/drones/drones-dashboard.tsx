"use client";

import { DashboardPage } from "@/components/layout/dashboard-page";
import { ChartCard } from "@/components/charts/chart-card";
import { DataTable } from "@/components/charts/data-table";
import { formatBucket, formatNumber } from "@/components/charts/format";
import { HorizontalBarChart, type BarGroup } from "@/components/charts/horizontal-bar-chart";
import { seriesColor } from "@/components/charts/palette";
import { partyLabel } from "@/components/charts/series-labels";
import { TimeBarChart, type TimeBarDatum } from "@/components/charts/time-bar-chart";
import { FactsTable } from "@/components/facts/facts-table";
import type { TimeBucket } from "@/lib/db/dialect";
import type { SeriesRow } from "@/lib/series/get-series";
import { useSeries } from "@/lib/query/use-series";

const num = (row: SeriesRow, key: string) => (typeof row[key] === "number" ? (row[key] as number) : null);
const example = (row: SeriesRow) => (typeof row.exampleFactId === "number" ? row.exampleFactId : undefined);

/** Beyond this many periods the launched/shot-down pairs go on a time axis instead of a list. */
const PAIRED_BARS_UP_TO = 16;

const OUTCOMES = [
  { key: "drones_launched", label: "Launched", color: "var(--chart-8)" },
  { key: "drones_shot_down", label: "Shot down", color: "var(--chart-drone)" },
] as const;

export function DronesDashboard() {
  const byClaimant = useSeries({ metric: ["drones_shot_down"], by: "auto", split: "claimant", kind: ["drone"] });
  const outcomes = useSeries({ metric: ["drones_launched", "drones_shot_down"], by: "auto", kind: ["drone"] });
  const claimRows = (byClaimant.data?.rows ?? []).filter((r) => (num(r, "drones_shot_down") ?? 0) > 0);
  const bucket = (byClaimant.data?.by ?? "day") as TimeBucket;
  const outcomeRows = [...(outcomes.data?.rows ?? [])].reverse();
  const outcomeBucket = (outcomes.data?.by ?? "day") as TimeBucket;

  // Claimants in order of how much they claim, so colors stay put as filters change little.
  const totals = new Map<string, number>();
  for (const r of claimRows) totals.set(String(r.split), (totals.get(String(r.split)) ?? 0) + (num(r, "drones_shot_down") ?? 0));
  const claimants = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([code], i) => ({ key: code, label: `Claimed by ${partyLabel(code === "null" ? null : code, "an unnamed party")}`, color: seriesColor(i) }));

  const claimData: TimeBarDatum[] = claimRows.map((r) => ({
    bucket: String(r.key),
    series: String(r.split),
    value: num(r, "drones_shot_down") ?? 0,
    tooltip: {
      title: formatBucket(String(r.key), bucket),
      lines: [`Shot down: ${formatNumber(num(r, "drones_shot_down"))}`, `Claimant: ${partyLabel(r.split ?? null, "not named")}`],
      facts: r.facts,
      exampleFactId: example(r),
    },
  }));

  // A few periods read best as labelled pairs of bars; many (weeks over years) need a time axis.
  const outcomeTooltip = (r: SeriesRow) => ({
    title: formatBucket(String(r.key), outcomeBucket),
    lines: OUTCOMES.map((x) => `${x.label}: ${formatNumber(num(r, x.key))}`),
    facts: r.facts,
    exampleFactId: example(r),
  });
  const outcomesOnTimeAxis = outcomeRows.length > PAIRED_BARS_UP_TO;
  const outcomeGroups: BarGroup[] = outcomeRows.map((r) => ({
    key: String(r.key),
    label: formatBucket(String(r.key), outcomeBucket),
    bars: OUTCOMES.map((o) => ({ series: o.key, value: num(r, o.key), tooltip: outcomeTooltip(r) })),
  }));
  const outcomeData: TimeBarDatum[] = outcomeRows.flatMap((r) =>
    OUTCOMES.flatMap((o) => (num(r, o.key) === null ? [] : [{ bucket: String(r.key), series: o.key, value: num(r, o.key)!, tooltip: outcomeTooltip(r) }])),
  );

  const total = [...totals.values()].reduce((a, b) => a + b, 0);

  return (
    <DashboardPage title="Drones">
      <ChartCard
        title="Drones reported shot down, by who claims it"
        description="Each figure is a claim by a named party, kept as that party’s claim. Competing claims for one night stand side by side."
        summary={claimRows.length ? `Stacked bars over time: ${total} drones reported shot down, by ${claimants.map((c) => c.label.replace("Claimed by ", "")).join(", ")}.` : "No drone reports under these filters."}
        status={byClaimant}
        isEmpty={claimRows.length === 0}
        csvHref={byClaimant.csvHref}
        chart={(width) => <TimeBarChart data={claimData} series={claimants} bucket={bucket} width={width} from={byClaimant.filters.from} to={byClaimant.filters.to} ariaLabel="Drones shot down over time by claimant" />}
        table={() => (
          <DataTable
            caption="Drones shot down by claimant"
            rows={claimRows}
            rowKey={(r) => `${r.key}-${r.split}`}
            columns={[
              { key: "date", header: "Period", render: (r) => formatBucket(String(r.key), bucket) },
              { key: "claimant", header: "Claimant", render: (r) => partyLabel(r.split ?? null, "not named") },
              { key: "value", header: "Shot down", numeric: true, render: (r) => formatNumber(num(r, "drones_shot_down")) },
              { key: "facts", header: "Facts", numeric: true, render: (r) => r.facts },
            ]}
          />
        )}
      />
      <ChartCard
        title="Launched and shot down"
        description="Where a report says “X of Y”, both figures; “not stated” where it gives only one."
        summary={outcomeRows.length ? `${outcomesOnTimeAxis ? "Bars over time, shot down drawn inside launched," : "Paired bars"} for ${outcomeRows.length} ${outcomeBucket}s of drone reports.` : "No drone reports under these filters."}
        status={outcomes}
        isEmpty={outcomeRows.length === 0}
        csvHref={outcomes.csvHref}
        chart={(width) =>
          outcomesOnTimeAxis ? (
            <TimeBarChart data={outcomeData} series={[...OUTCOMES]} bucket={outcomeBucket} layout="overlay" width={width} from={outcomes.filters.from} to={outcomes.filters.to} ariaLabel="Drones launched and shot down over time" />
          ) : (
            <HorizontalBarChart groups={outcomeGroups} series={[...OUTCOMES]} width={width} ariaLabel="Drones launched and shot down" formatValue={formatNumber} />
          )
        }
        table={() => (
          <DataTable
            caption="Drones launched and shot down"
            rows={outcomeRows}
            rowKey={(r) => String(r.key)}
            columns={[
              { key: "date", header: "Period", render: (r) => formatBucket(String(r.key), outcomeBucket) },
              ...OUTCOMES.map((o) => ({ key: o.key, header: o.label, numeric: true, render: (r: SeriesRow) => formatNumber(num(r, o.key)) })),
              { key: "facts", header: "Facts", numeric: true, render: (r) => r.facts },
            ]}
          />
        )}
      />
      <FactsTable kind="drone" title="Drone facts" />
    </DashboardPage>
  );
}
