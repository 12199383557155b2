import { raw, sql, type Sql } from "../db/sql";
import type { FactKind } from "../kinds";
// Types only: the server part (its extractor) never reaches the browser through this module.
import type { KindMetricName, KindOfMetric } from "../kinds/server";

/**
 * What a chart can count. Each metric is a SQL expression over one kind's rows (or every fact,
 * for `facts`), summed per group in the database. A kind's server part names its metrics
 * (lib/kinds/<kind>/server.ts, `metrics`); METRICS must define exactly those, each over its
 * own kind, or it does not compile.
 */
interface MetricDefinition {
  label: string;
  unit: string;
  kind: FactKind | null;
  value: Sql;
}

/** `facts` plus every metric the kinds declare, each over the kind that declares it. */
export type MetricTable = { facts: MetricDefinition & { kind: null } } & { [M in KindMetricName]: MetricDefinition & { kind: KindOfMetric<M> } };

export const METRICS = {
  facts: { label: "Facts", unit: "facts", kind: null, value: sql`1` },
  injured: { label: "Injured", unit: "people", kind: "injury", value: sql`f."injured"` },
  killed: { label: "Killed", unit: "people", kind: "injury", value: sql`f."killed"` },
  serious: { label: "Seriously injured", unit: "people", kind: "injury", value: sql`f."serious"` },
  drones: { label: "Drones (all outcomes)", unit: "drones", kind: "drone", value: sql`f."count"` },
  drones_shot_down: {
    label: "Drones shot down",
    unit: "drones",
    kind: "drone",
    value: sql`CASE WHEN f."outcome" = 'shot_down' THEN f."count" END`,
  },
  drones_launched: {
    label: "Drones launched",
    unit: "drones",
    kind: "drone",
    // "22 of the 27 launched" states the launched figure beside a shot-down count.
    value: sql`COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END)`,
  },
  // Launched against shot down only over reports that state both ("22 of the 27 launched"), so a
  // shot-down figure is never compared with a launched figure from some other report.
  drones_paired_launched: {
    label: "Launched (reports stating both)",
    unit: "drones",
    kind: "drone",
    value: sql`CASE WHEN f."outcome" = 'shot_down' AND f."launched" IS NOT NULL THEN f."launched" END`,
  },
  drones_paired_shot_down: {
    label: "Shot down (reports stating both)",
    unit: "drones",
    kind: "drone",
    value: sql`CASE WHEN f."outcome" = 'shot_down' AND f."launched" IS NOT NULL THEN f."count" END`,
  },
  drones_paired_reports: {
    label: "Reports stating launched and shot down",
    unit: "facts",
    kind: "drone",
    value: sql`CASE WHEN f."outcome" = 'shot_down' AND f."launched" IS NOT NULL THEN 1 ELSE 0 END`,
  },
  drones_hit: { label: "Drone hits", unit: "drones", kind: "drone", value: sql`CASE WHEN f."outcome" = 'hit' THEN f."count" END` },
  aid_eur: { label: "Aid (EUR)", unit: "EUR", kind: "aid", value: sql`f."amountEur"` },
  aid_amount: {
    label: "Aid (original currency)",
    unit: "currency units",
    kind: "aid",
    // Only meaningful split by currency: sums of different currencies are not a number.
    value: sql`f."amount"`,
  },
  aid_unconverted: {
    label: "Aid entries not converted to EUR",
    unit: "facts",
    kind: "aid",
    value: sql`CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END`,
  },
  shelters: { label: "Shelters", unit: "structures", kind: "shelter", value: sql`f."count"` },
} as const satisfies MetricTable;

export type MetricName = keyof typeof METRICS;

/**
 * Metrics the rollup tables do not hold, read from the facts (a GROUP BY over one kind, tens of
 * milliseconds at 200,000 facts). Rolling them up needs a migration that rebuilds the tables.
 */
export const FACTS_ONLY_METRICS: readonly MetricName[] = ["drones_paired_launched", "drones_paired_shot_down", "drones_paired_reports"];
export const METRIC_NAMES = Object.keys(METRICS) as [MetricName, ...MetricName[]];

/** SUM of the metric over its own kind's rows; NULL when no row of the group states it. */
export function metricSql(name: MetricName): Sql {
  const m: MetricDefinition = METRICS[name];
  const value = m.kind ? sql`CASE WHEN f."kind" = ${m.kind} THEN ${m.value} END` : m.value;
  return sql`SUM(${value}) AS ${raw(`"${name}"`)}`;
}
