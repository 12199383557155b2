"use client";

import { DashboardPage } from "@/components/layout/dashboard-page";
import { ChartCard } from "@/components/charts/chart-card";
import { HorizontalBarChart, TimeBarChart } from "@/components/charts/lazy-charts";
import { DataTable } from "@/components/charts/data-table";
import { formatBucket, formatNumber } from "@/components/charts/format";
import type { BarGroup } from "@/components/charts/horizontal-bar-chart";
import type { TimeBarDatum } from "@/components/charts/time-bar-chart";
import { FactsTable } from "@/components/facts/facts-table";
import type { SeriesRow } from "@/lib/series/series-contract";
import { timeBucketOf } from "@/lib/series/time-buckets";
import { claimantKey, claimantName, claimantsByTotal, interceptionRate } from "./drone-claims";
import { useDroneSeries } from "./use-drone-series";

type PairedRow = SeriesRow<"drones_paired_launched" | "drones_paired_shot_down" | "drones_paired_reports">;

/**
 * Launched is drawn light and shot down dark (3.4:1 light, 4.0:1 dark between them), side by side,
 * so neither hides the other.
 */
const PAIRED = [
  { key: "drones_paired_launched", label: "Launched", color: "light-dark(#c8d2de, #334155)" },
  { key: "drones_paired_shot_down", label: "Shot down", color: "var(--chart-drone)" },
] as const;

export function DronesDashboard() {
  const { claims, paired } = useDroneSeries();
  const claimRows = (claims.data?.rows ?? []).filter((r) => (r.drones_shot_down ?? 0) > 0);
  const bucket = timeBucketOf(claims.data);
  const claimants = claimantsByTotal(claimRows);
  const pairedRows = (paired.data?.rows ?? []).filter((r: PairedRow) => (r.drones_paired_reports ?? 0) > 0);

  const claimData: TimeBarDatum[] = claimRows.map((r) => ({
    bucket: r.key ?? "",
    series: claimantKey(r.split),
    value: r.drones_shot_down ?? 0,
    tooltip: {
      title: formatBucket(r.key ?? "", bucket),
      lines: [`Shot down, as ${claimantName(r.split)} claims: ${formatNumber(r.drones_shot_down)}`],
      facts: r.facts,
      exampleFactId: r.exampleFactId,
    },
  }));

  const pairedGroups: BarGroup[] = pairedRows.map((r) => {
    const rate = interceptionRate(r.drones_paired_launched, r.drones_paired_shot_down);
    const title = `As ${claimantName(r.key)} reports`;
    const tooltip = {
      title,
      lines: [`Launched: ${formatNumber(r.drones_paired_launched)}`, `Shot down: ${formatNumber(r.drones_paired_shot_down)}${rate ? ` (${rate})` : ""}`, `${formatNumber(r.drones_paired_reports)} reports state both`],
      facts: r.drones_paired_reports ?? r.facts,
      exampleFactId: r.exampleFactId,
    };
    return {
      key: claimantKey(r.key),
      label: `${title}${rate ? `: ${rate} shot down` : ""}`,
      bars: PAIRED.map((p) => ({ series: p.key, value: r[p.key], tooltip })),
    };
  });

  const claimSummary = claimants.map((c) => `${claimantName(c.code)} ${formatNumber(c.total)}`).join("; ");

  return (
    <DashboardPage title="Drones">
      <ChartCard
        title="Drones reported shot down, by who claims it"
        description={`Per ${bucket}. One line per claimant: each figure is a party’s own claim, never added to another’s, so competing claims stand side by side.`}
        summary={claimRows.length ? `Lines over time, one per claimant (${claimants.length}), never summed. Shot down as each claims in all: ${claimSummary}.` : "No drone reports under these filters."}
        status={claims}
        isEmpty={claimRows.length === 0}
        csvHref={claims.csvHref}
        chart={(width) => <TimeBarChart data={claimData} series={claimants} bucket={bucket} layout="lines" width={width} from={claims.filters.from} to={claims.filters.to} ariaLabel="Drones shot down over time by claimant" />}
        table={() => (
          <DataTable
            caption="Drones shot down by claimant"
            rows={claimRows}
            rowKey={(r) => `${r.key}-${r.split}`}
            columns={[
              { key: "date", header: "Period", render: (r) => formatBucket(r.key ?? "", bucket) },
              { key: "claimant", header: "Claimant", render: (r) => claimantName(r.split) },
              { key: "value", header: "Shot down (as claimed)", numeric: true, render: (r) => formatNumber(r.drones_shot_down) },
              { key: "facts", header: "Facts", numeric: true, render: (r) => formatNumber(r.facts) },
            ]}
          />
        )}
      />
      <ChartCard
        title="Launched and shot down, by claimant"
        description="Only reports that state both figures (“22 of the 27 launched”), each claimant on its own, with the share shot down. A report giving one figure alone is left out rather than compared with another report’s."
        summary={
          pairedRows.length
            ? `Paired bars for ${pairedRows.length} ${pairedRows.length === 1 ? "claimant" : "claimants"}: ${pairedRows.map((r) => `${claimantName(r.key)} ${formatNumber(r.drones_paired_shot_down)} of ${formatNumber(r.drones_paired_launched)} shot down`).join("; ")}.`
            : "No report under these filters states both launched and shot down."
        }
        status={paired}
        isEmpty={pairedRows.length === 0}
        emptyMessage="No report under these filters states both how many drones were launched and how many were shot down."
        csvHref={paired.csvHref}
        chart={(width) => <HorizontalBarChart groups={pairedGroups} series={[...PAIRED]} width={width} ariaLabel="Drones launched and shot down by claimant" formatValue={formatNumber} />}
        table={() => (
          <DataTable
            caption="Drones launched and shot down, reports stating both, by claimant"
            rows={pairedRows}
            rowKey={(r) => claimantKey(r.key)}
            columns={[
              { key: "claimant", header: "Claimant", render: (r) => claimantName(r.key) },
              ...PAIRED.map((p) => ({ key: p.key, header: p.label, numeric: true, render: (r: PairedRow) => formatNumber(r[p.key]) })),
              { key: "rate", header: "Shot down", numeric: true, render: (r) => interceptionRate(r.drones_paired_launched, r.drones_paired_shot_down) ?? "—" },
              { key: "reports", header: "Reports", numeric: true, render: (r) => formatNumber(r.drones_paired_reports) },
            ]}
          />
        )}
      />
      <FactsTable kind="drone" title="Drone facts" />
    </DashboardPage>
  );
}
