"use client";

import { DashboardPage } from "@/components/layout/dashboard-page";
import { useSearchParams } from "next/navigation";
import { ChartCard } from "@/components/charts/chart-card";
import { DataTable } from "@/components/charts/data-table";
import { formatBucket, formatNumber } from "@/components/charts/format";
import { KIND_COLORS } from "@/components/charts/palette";
import { TimeBarChart, type TimeBarDatum } from "@/components/charts/time-bar-chart";
import { FACT_KINDS, type FactKind } from "@/lib/facts/kinds";
import type { TimeBucket } from "@/lib/db/dialect";
import { useSeries } from "@/lib/query/use-series";
import { KindTotals } from "./kind-totals";

const KIND_LABELS: Record<FactKind, string> = { injury: "Injuries", drone: "Drones", aid: "Aid", shelter: "Shelters" };

export function OverviewDashboard() {
  const query = useSearchParams().toString();
  const totals = useSeries({ metric: ["facts", "injured", "killed", "drones", "aid_eur", "shelters"], by: "kind" });
  const timeline = useSeries({ metric: ["facts"], by: "auto", split: "kind" });
  const rows = timeline.data?.rows ?? [];
  const bucket = (timeline.data?.by ?? "day") as TimeBucket;

  const data: TimeBarDatum[] = rows.map((r) => ({
    bucket: String(r.key),
    series: String(r.split),
    value: r.facts,
    tooltip: {
      title: `${formatBucket(String(r.key), bucket)} · ${KIND_LABELS[r.split as FactKind] ?? r.split}`,
      lines: [`${formatNumber(r.facts)} ${r.facts === 1 ? "fact" : "facts"} reported`],
      facts: r.facts,
      exampleFactId: typeof r.exampleFactId === "number" ? r.exampleFactId : undefined,
    },
  }));
  const totalFacts = rows.reduce((s, r) => s + r.facts, 0);

  return (
    <DashboardPage title="Overview" lead="Numbers from war dispatches, each linked to the sentence that states it. Verified facts only unless you choose otherwise above.">
      {totals.isError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">Could not load totals: {totals.error.message}</p>
      ) : (
        <KindTotals rows={totals.data?.rows ?? []} query={query} />
      )}
      <ChartCard
        title="Timeline of all facts"
        description={`Facts per ${bucket} by event date, colored by kind.`}
        summary={rows.length ? `Stacked bar chart of ${formatNumber(totalFacts)} facts over ${new Set(rows.map((r) => r.key)).size} ${bucket}s.` : "No facts under these filters."}
        status={timeline}
        isEmpty={rows.length === 0}
        csvHref={timeline.csvHref}
        chart={(width) => (
          <TimeBarChart
            data={data}
            bucket={bucket}
            width={width}
            from={timeline.filters.from}
            to={timeline.filters.to}
            ariaLabel="Timeline of facts by kind"
            series={FACT_KINDS.filter((k) => rows.some((r) => r.split === k)).map((k) => ({ key: k, label: KIND_LABELS[k], color: KIND_COLORS[k] }))}
          />
        )}
        table={() => (
          <DataTable
            caption="Facts by period and kind"
            rows={rows}
            rowKey={(r) => `${r.key}-${r.split}`}
            columns={[
              { key: "period", header: "Period", render: (r) => formatBucket(String(r.key), bucket) },
              { key: "kind", header: "Kind", render: (r) => KIND_LABELS[r.split as FactKind] ?? String(r.split) },
              { key: "facts", header: "Facts", numeric: true, render: (r) => r.facts },
            ]}
          />
        )}
      />
    </DashboardPage>
  );
}
