"use client";

import { Fragment } from "react";
import { DashboardPage } from "@/components/layout/dashboard-page";
import { ChartCard } from "@/components/charts/chart-card";
import { HorizontalBarChart } from "@/components/charts/lazy-charts";
import { DataTable } from "@/components/charts/data-table";
import { formatEur, formatMoney } from "@/components/charts/format";
import type { BarGroup } from "@/components/charts/horizontal-bar-chart";
import { groupsNote, otherGroupLabel, othersCount, partyLabel } from "@/components/charts/series-labels";
import { FactsTable } from "@/components/facts/facts-table";
import { useSeries } from "@/lib/query/use-series";
import { donorTotals, type DonorTotal } from "./donor-totals";

/** Donors shown separately; the rest are summed as Other. */
const AID_DONORS_SHOWN = 40;

const originalLabel = (t: DonorTotal) => t.original.map((o) => formatMoney(o.amount, o.currency)).join(" + ");
/** The same in the table: a narrow column breaks between amounts, never inside one ("EUR | 7.98B"). */
const originalCell = (t: DonorTotal) =>
  t.original.map((o, i) => (
    <Fragment key={o.currency}>
      {i > 0 && " + "}
      <span className="whitespace-nowrap">{formatMoney(o.amount, o.currency)}</span>
    </Fragment>
  ));

export function AidDashboard() {
  const series = useSeries({ metric: ["aid_eur", "aid_amount", "aid_unconverted"] as const, by: "donor", split: "currency", kind: ["aid"], limit: AID_DONORS_SHOWN });
  const donors = donorTotals(series.data?.rows ?? []);
  const others = othersCount(series.data);
  const shown = groupsNote(series.data, "donors");
  const donorName = (t: DonorTotal, missing = "Donor not stated") => (t.other ? otherGroupLabel(others, "donors") : partyLabel(t.donor, missing));

  const groups: BarGroup[] = donors.map((t) => {
    const name = donorName(t);
    const notConverted = t.unconverted > 0 ? ` · ${t.unconverted} not converted` : "";
    return {
      key: t.other ? "other" : String(t.donor),
      outsideScale: t.other,
      label: name,
      bars: [
        {
          series: "eur",
          value: t.eur,
          label: `${formatEur(t.eur)} (${originalLabel(t)})${notConverted}`,
          tooltip: {
            title: name,
            lines: [`In euros: ${formatEur(t.eur)}`, `As stated: ${originalLabel(t)}`, ...(t.unconverted ? [`${t.unconverted} pledge(s) not converted: no rate known`] : [])],
            facts: t.facts,
            exampleFactId: t.exampleFactId,
          },
        },
      ],
    };
  });

  const total = donors.reduce((s, t) => s + (t.eur ?? 0), 0);

  return (
    <DashboardPage title="Aid">
      <ChartCard
        title="Donors ranked by aid in euros"
        description={`Pledges and releases in euros, with the amount and currency the dispatch states beside it, for ${shown}. A pledge with no known rate is counted as “not converted”, never guessed.`}
        summary={donors.length ? `Bar chart of ${shown}, ${formatEur(total)} in all; largest ${partyLabel(donors[0]?.donor ?? null)} with ${formatEur(donors[0]?.eur ?? null)}.` : "No aid under these filters."}
        status={series}
        isEmpty={donors.length === 0}
        csvHref={series.csvHref}
        chart={(width) => <HorizontalBarChart groups={groups} series={[{ key: "eur", label: "EUR", color: "var(--chart-aid)" }]} width={width} ariaLabel="Aid by donor in euros" formatValue={(v) => formatEur(v)} />}
        table={() => (
          <DataTable
            caption={`Aid by donor: ${shown}`}
            rows={donors}
            rowKey={(t) => (t.other ? "other" : String(t.donor))}
            columns={[
              { key: "donor", header: "Donor", render: (t) => donorName(t, "Not stated") },
              { key: "eur", header: "EUR", numeric: true, render: (t) => formatEur(t.eur) },
              { key: "original", header: "As stated", numeric: true, render: originalCell },
              { key: "facts", header: "Facts", numeric: true, render: (t) => t.facts },
            ]}
          />
        )}
      />
      <FactsTable kind="aid" title="Aid facts" />
    </DashboardPage>
  );
}
