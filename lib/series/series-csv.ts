import { TIME_BUCKETS } from "../db/dialect";
import type { MetricName } from "./metrics";
import type { Series } from "./series-contract";

const isTime = (by: string) => (TIME_BUCKETS as readonly string[]).includes(by);

/** What the Other row is called wherever it is printed: "Other (top 40 of 2,233; 2,193 more places)". */
export function otherLabel(series: Pick<Series, "groups" | "limit">): string {
  const groups = series.groups ?? 0;
  const fmt = (n: number) => n.toLocaleString("en-US");
  return `Other (top ${fmt(series.limit)} of ${fmt(groups)} shown; ${fmt(groups - series.limit)} more)`;
}

/** The CSV's columns: the grouping, the split, a place's location, the metrics and the fact count. */
export function seriesCsvColumns(series: Series<MetricName>): string[] {
  const place = series.by === "place" ? ["country", "region", "lat", "lon"] : [];
  return [series.by, ...(series.split ? [series.split] : []), ...place, ...series.metrics.filter((m) => m !== "facts"), "facts"];
}

/**
 * The rows as CSV records, with the Other row named in the column that ranks groups (the split
 * over time, the grouping otherwise), so the CSV says "top N of M" and adds up to the chart's total.
 */
export function seriesCsvRecords(series: Series<MetricName>): Record<string, unknown>[] {
  const groupColumn = isTime(series.by) ? series.split : series.by;
  return series.rows.map((r) => {
    const record: Record<string, unknown> = { ...r, [series.by]: r.key };
    if (series.split) record[series.split] = r.split;
    if (r.other && groupColumn) record[groupColumn] = otherLabel(series);
    return record;
  });
}
