import { providerOf, type Db } from "../db/client";
import { timeBucketSql, TIME_BUCKETS, type Provider, type TimeBucket } from "../db/dialect";
import { ROLLUP_METRICS } from "../db/rollups/definitions";
import { rollupSeriesSql, rollupSpanSql, type RollupSeriesRequest } from "../db/rollups/rollup-series";
import { join, sql, type Sql } from "../db/sql";
import { FACT_KINDS, type FactKind } from "../facts/contract";
import { effectiveStatuses } from "../facts/filters";
import { factWhereSql } from "../facts/filter-sql";
import { heavyRows } from "../db/heavy-read";
import { ApiError } from "../http/api-error";
import { chooseBucket } from "./choose-bucket";
import { dimensionSql } from "./dimensions";
import { METRICS, metricSql, type MetricName } from "./metrics";
import type { Series } from "./series-contract";
import type { SeriesQuery } from "./series-query";
import { topGroupsSql, type GroupShape } from "./top-groups-sql";

export type { Series, SeriesRow } from "./series-contract";

const isTimeBucket = (by: string): by is TimeBucket => (TIME_BUCKETS as readonly string[]).includes(by);

/** The kinds whose rows can contribute: those of the metrics, within the kind filter. */
function contributingKinds(q: SeriesQuery): FactKind[] | undefined {
  const metricKinds = q.metric.map((m) => METRICS[m].kind);
  if (metricKinds.includes(null)) return q.kind;
  const kinds = new Set(metricKinds as FactKind[]);
  return (q.kind ?? [...FACT_KINDS]).filter((k) => kinds.has(k));
}

/**
 * Metrics the rollups can answer: those whose definition is still the one the rollup tables
 * were built with (a changed metric falls back to the facts until a migration rebuilds them).
 */
const ROLLUP_READY = new Set<string>(
  ROLLUP_METRICS.filter((r) => {
    const m = (METRICS as Record<string, { kind: string | null; value: Sql }>)[r.metric];
    return m !== undefined && m.kind === r.kind && m.value.sql === r.value && m.value.values.length === 0;
  }).map((r) => r.metric),
);

function rollupRequest(q: SeriesQuery, kinds: FactKind[] | undefined, by: string): RollupSeriesRequest | null {
  if (!q.metric.every((m) => m === "facts" || ROLLUP_READY.has(m))) return null;
  return {
    metrics: q.metric,
    by,
    split: q.split,
    kinds,
    statuses: effectiveStatuses(q),
    from: q.from,
    to: q.to,
    country: q.country,
    role: q.role,
  };
}

async function resolveBucket(db: Db, q: SeriesQuery, where: Sql, request: RollupSeriesRequest | null): Promise<TimeBucket> {
  if (q.from && q.to) return chooseBucket(q.from, q.to);
  const spanSql = request ? rollupSpanSql(request) : null;
  const {
    rows: [span],
  } = await heavyRows<{ min: string | null; max: string | null }>(db, spanSql ?? sql`SELECT MIN(f."date") AS "min", MAX(f."date") AS "max" FROM "Fact" f WHERE ${where}`);
  return chooseBucket(q.from ?? span?.min ?? null, q.to ?? span?.max ?? null);
}

export interface SeriesOptions {
  /** "facts" skips the rollups (tests and the benchmark compare the two). */
  source?: "auto" | "facts";
}

/** How a series will be read: its resolved grouping, where from, and the SQL (none when nothing can match). */
export interface SeriesPlan {
  by: Exclude<SeriesQuery["by"], "auto">;
  source: "rollups" | "facts" | "none";
  sql: Sql | null;
}

/**
 * Plans a series: the rollup tables when they hold what the request needs, otherwise a GROUP BY
 * over the facts. Resolving by=auto may read the date span from the database.
 */
export async function planSeries(db: Db, q: SeriesQuery, provider: Provider = providerOf(db), options: SeriesOptions = {}): Promise<SeriesPlan> {
  const kinds = contributingKinds(q);
  if (kinds && kinds.length === 0) return { by: q.by === "auto" ? "day" : q.by, source: "none", sql: null };
  const where = factWhereSql({ ...q, kind: kinds });
  const useRollups = options.source !== "facts";
  const by = q.by === "auto" ? await resolveBucket(db, q, where, useRollups ? rollupRequest(q, kinds, "day") : null) : q.by;
  const rollup = useRollups ? rollupRequest(q, kinds, by) : null;
  const rollupSql = rollup ? rollupSeriesSql(rollup, provider) : null;
  const shape = groupShape(q, by);
  if (rollupSql) return { by, source: "rollups", sql: topGroupsSql(rollupSql, shape) };
  return { by, source: "facts", sql: topGroupsSql(factSeriesSql(q, by, where, provider), shape) };
}

function groupShape(q: SeriesQuery, by: SeriesPlan["by"]): GroupShape {
  return { byTime: isTimeBucket(by), split: Boolean(q.split), byPlace: by === "place", rankMetric: q.metric[0]!, metrics: q.metric.filter((m) => m !== "facts"), limit: q.limit };
}

/**
 * Rows one series may have. A series answers a chart, and no chart draws more; beyond it the
 * JSON (tens of megabytes) took the server longer to write than the query took to run.
 */
export const MAX_SERIES_ROWS = 20_000;

function tooManyRows(q: SeriesQuery, by: string): ApiError {
  const hints = [
    q.split ? `drop split=${q.split} or narrow it (country, kind)` : null,
    by === "day" || by === "week" ? "group by a longer period (by=month or by=year)" : null,
    "a shorter from–to range",
    q.limit > 100 ? "a smaller limit" : null,
  ].filter(Boolean);
  return new ApiError(
    "response_too_large",
    `This series has more than ${MAX_SERIES_ROWS.toLocaleString("en-US")} rows; narrow it: ${hints.join(", ")}.`,
    { parameter: q.split ? "split" : "by" },
  );
}

/** Aggregates the metrics in SQL, grouped by a time bucket or a dimension (and optionally split). */
export async function getSeries(db: Db, q: SeriesQuery, provider: Provider = providerOf(db), options: SeriesOptions = {}): Promise<Series<MetricName>> {
  const plan = await planSeries(db, q, provider, options);
  const { rows, truncated } = plan.sql ? await heavyRows<Record<string, unknown>>(db, plan.sql, MAX_SERIES_ROWS) : { rows: [], truncated: false };
  if (truncated) throw tooManyRows(q, plan.by);
  const grouped = groupShape(q, plan.by);
  const groups = grouped.byTime && !grouped.split ? null : rows.length ? Number(rows[0]!._groups) : 0;
  return { metrics: q.metric, by: plan.by, split: q.split ?? null, groups, limit: q.limit, rows: rows.map(normalizeRow) as Series<MetricName>["rows"] };
}

/** The GROUP BY over the facts that any request can fall back to (topGroupsSql ranks and orders it). */
function factSeriesSql(q: SeriesQuery, by: SeriesPlan["by"], where: Sql, provider: Provider): Sql {
  const byPlace = by === "place";
  const key = isTimeBucket(by) ? timeBucketSql('f."date"', by, provider) : byPlace ? sql`MAX(pl."name")` : dimensionSql(by);
  const groupKey = isTimeBucket(by) ? key : byPlace ? sql`pl."id", f."country"` : key;
  const splitSql = q.split ? dimensionSql(q.split) : undefined;

  const columns: Sql[] = [sql`${key} AS "key"`];
  if (splitSql) columns.push(sql`${splitSql} AS "split"`);
  if (byPlace) columns.push(sql`f."country" AS "country", MAX(pl."region") AS "region", MAX(pl."lat") AS "lat", MAX(pl."lon") AS "lon"`);
  // exampleFactId lets a tooltip show the quote behind a bar without another aggregate query.
  columns.push(sql`COUNT(*) AS "facts"`, sql`MIN(f."id") AS "exampleFactId"`, ...q.metric.filter((m) => m !== "facts").map(metricSql));

  return sql`
    SELECT ${join(columns, ", ")}
    FROM "Fact" f LEFT JOIN "Place" pl ON pl."id" = f."placeId"
    WHERE ${where}
    GROUP BY ${groupKey}${splitSql ? sql`, ${splitSql}` : sql``}`;
}

/** Driver values (bigint, Decimal) as JSON numbers; topGroupsSql's bookkeeping becomes `other`. */
function normalizeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k === "_groups" || k === "_rank" || k === "_other") continue;
    if (k === "exampleFactId" && v === null) continue;
    out[k] = typeof v === "bigint" ? Number(v) : typeof v === "object" && v !== null ? Number(v) : v;
  }
  if (Number(row._other) === 1) out.other = true;
  return out;
}
