"use client";

import { DashboardPage } from "@/components/layout/dashboard-page";
import { useSearchParams } from "next/navigation";
import { ChartCard } from "@/components/charts/chart-card";
import { HorizontalBarChart, TimeBarChart } from "@/components/charts/lazy-charts";
import { DataTable } from "@/components/charts/data-table";
import { formatBucket, formatNumber } from "@/components/charts/format";
import type { BarGroup } from "@/components/charts/horizontal-bar-chart";
import { KIND_COLORS, seriesColor } from "@/components/charts/palette";
import { partyLabel } from "@/components/charts/series-labels";
import type { TimeBarDatum } from "@/components/charts/time-bar-chart";
import { FACT_KINDS, isFactKind, type FactKind } from "@/lib/facts/kinds";
import { kindLabel } from "@/lib/vocabulary/labels";
import { timeBucketOf } from "@/lib/series/time-buckets";
import { comparisonCsv, countryTotals } from "./country-comparison";
import { KindTotals } from "./kind-totals";
import { useOverviewSeries } from "./use-overview-series";


export function OverviewDashboard() {
  const query = useSearchParams().toString();
  const { totals, claims, timeline, comparison } = useOverviewSeries();
  const rows = timeline.data?.rows ?? [];
  const bucket = timeBucketOf(timeline.data);

  const data: TimeBarDatum[] = rows.map((r) => ({
    bucket: r.key ?? "",
    series: String(r.split),
    value: r.facts,
    tooltip: {
      title: `${formatBucket(r.key ?? "", bucket)} · ${(isFactKind(r.split ?? "") ? kindLabel(r.split as FactKind, true) : r.split)}`,
      lines: [`${formatNumber(r.facts)} ${r.facts === 1 ? "fact" : "facts"} reported`],
      facts: r.facts,
      exampleFactId: r.exampleFactId,
    },
  }));
  const totalFacts = rows.reduce((s, r) => s + r.facts, 0);
  const periods = new Set(rows.map((r) => r.key)).size;

  return (
    <DashboardPage title="Overview" lead="Numbers from war dispatches, each linked to the sentence that states it. Verified facts only unless you choose otherwise above.">
      {totals.isError || claims.isError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">Could not load totals: {(totals.error ?? claims.error)?.message}</p>
      ) : (
        <KindTotals rows={totals.data?.rows ?? []} claims={claims.data?.rows ?? []} query={query} />
      )}
      {comparison.active && <CountryComparison comparison={comparison} bucket={bucket} />}
      <ChartCard
        title="Timeline of all facts"
        description={`Facts per ${bucket} by event date, colored by kind, over the whole range.${comparison.active ? " All picked countries together; the comparison above shows each apart." : ""}`}
        summary={rows.length ? `Stacked bar chart of ${formatNumber(totalFacts)} facts over ${periods} ${bucket}s.` : "No facts under these filters."}
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
            series={FACT_KINDS.filter((k) => rows.some((r) => r.split === k)).map((k) => ({ key: k, label: kindLabel(k, true), color: KIND_COLORS[k] }))}
          />
        )}
        table={() => (
          <DataTable
            caption="Facts by period and kind"
            rows={rows}
            rowKey={(r) => `${r.key}-${r.split}`}
            columns={[
              { key: "period", header: "Period", render: (r) => formatBucket(r.key ?? "", bucket) },
              { key: "kind", header: "Kind", render: (r) => (isFactKind(r.split ?? "") ? kindLabel(r.split as FactKind, true) : String(r.split)) },
              { key: "facts", header: "Facts", numeric: true, render: (r) => formatNumber(r.facts) },
            ]}
          />
        )}
      />
    </DashboardPage>
  );
}

/** Several countries picked: one line per country over time, and the countries ranked, instead of one merged series. */
function CountryComparison({ comparison, bucket }: { comparison: ReturnType<typeof useOverviewSeries>["comparison"]; bucket: ReturnType<typeof timeBucketOf> }) {
  const { perCountry } = comparison;
  const ranked = countryTotals(perCountry);
  const series = ranked.map((c, i) => ({ key: c.country, label: partyLabel(c.country), color: seriesColor(i) }));
  const lineData: TimeBarDatum[] = perCountry.flatMap(({ country, series: s }) =>
    (s?.rows ?? []).map((r) => ({
      bucket: r.key ?? "",
      series: country,
      value: r.facts,
      tooltip: { title: formatBucket(r.key ?? "", bucket), lines: [`${partyLabel(country)}: ${formatNumber(r.facts)} facts`], facts: r.facts, exampleFactId: r.exampleFactId },
    })),
  );
  const groups: BarGroup[] = ranked.map((c) => ({
    key: c.country,
    label: partyLabel(c.country),
    bars: [{ series: "facts", value: c.facts, tooltip: { title: partyLabel(c.country), lines: [`${formatNumber(c.facts)} facts`], facts: c.facts } }],
  }));
  const csvHref = `data:text/csv;charset=utf-8,${encodeURIComponent(comparisonCsv(perCountry))}`;
  const names = ranked.map((c) => `${partyLabel(c.country)} ${formatNumber(c.facts)}`).join(", ");
  const note = "A fact counts for each picked country it involves (as place or party), so one fact about two of them counts for both.";
  const status = { isPending: comparison.isPending, error: comparison.error };
  const empty = ranked.every((c) => c.facts === 0);
  return (
    <>
      <ChartCard
        title="Compare countries: facts over time"
        description={`One line per picked country, per ${bucket}. ${note}`}
        summary={`Lines over time for ${ranked.length} countries: ${names} facts.`}
        status={status}
        isEmpty={empty}
        csvHref={csvHref}
        chart={(width) => <TimeBarChart data={lineData} series={series} bucket={bucket} layout="lines" width={width} from={comparison.filters.from} to={comparison.filters.to} ariaLabel="Facts over time, one line per country" />}
        table={() => (
          <DataTable
            caption="Facts by country and period"
            rows={lineData}
            rowKey={(d) => `${d.series}-${d.bucket}`}
            columns={[
              { key: "country", header: "Country", render: (d) => partyLabel(d.series) },
              { key: "period", header: "Period", render: (d) => formatBucket(d.bucket, bucket) },
              { key: "facts", header: "Facts", numeric: true, render: (d) => formatNumber(d.value) },
            ]}
          />
        )}
      />
      <ChartCard
        title="Compare countries: facts by country"
        description={note}
        summary={`Ranking of ${ranked.length} countries by facts: ${names}.`}
        status={status}
        isEmpty={empty}
        csvHref={`data:text/csv;charset=utf-8,${encodeURIComponent(["country,facts", ...ranked.map((c) => `${c.country},${c.facts}`)].join("\r\n") + "\r\n")}`}
        chart={(width) => <HorizontalBarChart groups={groups} series={[{ key: "facts", label: "Facts", color: "var(--chart-1)" }]} width={width} ariaLabel="Facts by picked country" formatValue={formatNumber} />}
        table={() => (
          <DataTable
            caption="Facts by picked country"
            rows={ranked}
            rowKey={(c) => c.country}
            columns={[
              { key: "country", header: "Country", render: (c) => partyLabel(c.country) },
              { key: "facts", header: "Facts", numeric: true, render: (c) => formatNumber(c.facts) },
            ]}
          />
        )}
      />
    </>
  );
}
