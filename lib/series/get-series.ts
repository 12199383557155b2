import { providerOf, type Db } from "../db/client";
import { timeBucketSql, TIME_BUCKETS, type Provider, type TimeBucket } from "../db/dialect";
import { join, raw, sql, type Sql } from "../db/sql";
import { FACT_KINDS, type FactKind } from "../facts/contract";
import { factWhereSql } from "../facts/filter-sql";
import { chooseBucket } from "./choose-bucket";
import { dimensionSql, type Dimension } from "./dimensions";
import { METRICS, metricSql, type MetricName } from "./metrics";
import type { SeriesQuery } from "./series-query";

export interface SeriesRow {
  key: string | null;
  split?: string | null;
  /** For by=place: where to draw it. */
  country?: string | null;
  region?: string | null;
  lat?: number | null;
  lon?: number | null;
  facts: number;
  exampleFactId?: number;
  [metric: string]: string | number | null | undefined;
}

export interface Series {
  metrics: MetricName[];
  by: Exclude<SeriesQuery["by"], "auto">;
  split: Dimension | null;
  rows: SeriesRow[];
}

const isTimeBucket = (by: string): by is TimeBucket => (TIME_BUCKETS as readonly string[]).includes(by);

/** The kinds whose rows can contribute: those of the metrics, within the kind filter. */
function contributingKinds(q: SeriesQuery): FactKind[] | undefined {
  const metricKinds = q.metric.map((m) => METRICS[m].kind);
  if (metricKinds.includes(null)) return q.kind;
  const kinds = new Set(metricKinds as FactKind[]);
  return (q.kind ?? [...FACT_KINDS]).filter((k) => kinds.has(k));
}

async function resolveBucket(db: Db, q: SeriesQuery, where: Sql): Promise<TimeBucket> {
  if (q.from && q.to) return chooseBucket(q.from, q.to);
  const [span] = await db.$queryRaw<{ min: string | null; max: string | null }[]>(
    sql`SELECT MIN(f."date") AS "min", MAX(f."date") AS "max" FROM "Fact" f WHERE ${where}`,
  );
  return chooseBucket(q.from ?? span?.min ?? null, q.to ?? span?.max ?? null);
}

/** Aggregates the metrics in SQL, grouped by a time bucket or a dimension (and optionally split). */
export async function getSeries(db: Db, q: SeriesQuery, provider: Provider = providerOf(db)): Promise<Series> {
  const kinds = contributingKinds(q);
  if (kinds && kinds.length === 0) {
    const by = q.by === "auto" ? "day" : q.by;
    return { metrics: q.metric, by, split: q.split ?? null, rows: [] };
  }
  const where = factWhereSql({ ...q, kind: kinds });
  const by = q.by === "auto" ? await resolveBucket(db, q, where) : q.by;
  const byPlace = by === "place";
  const key = isTimeBucket(by) ? timeBucketSql('f."date"', by, provider) : byPlace ? sql`MAX(pl."name")` : dimensionSql(by);
  const groupKey = isTimeBucket(by) ? key : byPlace ? sql`pl."id", f."country"` : key;
  const splitSql = q.split ? dimensionSql(q.split) : undefined;

  const columns: Sql[] = [sql`${key} AS "key"`];
  if (splitSql) columns.push(sql`${splitSql} AS "split"`);
  if (byPlace) columns.push(sql`f."country" AS "country", MAX(pl."region") AS "region", MAX(pl."lat") AS "lat", MAX(pl."lon") AS "lon"`);
  // exampleFactId lets a tooltip show the quote behind a bar without another aggregate query.
  columns.push(sql`COUNT(*) AS "facts"`, sql`MIN(f."id") AS "exampleFactId"`, ...q.metric.filter((m) => m !== "facts").map(metricSql));

  const order = isTimeBucket(by) ? sql`1` : sql`${raw(q.metric[0] === "facts" ? '"facts"' : `"${q.metric[0]}"`)} DESC, 1`;
  const rows = await db.$queryRaw<Record<string, unknown>[]>(sql`
    SELECT ${join(columns, ", ")}
    FROM "Fact" f LEFT JOIN "Place" pl ON pl."id" = f."placeId"
    WHERE ${where}
    GROUP BY ${groupKey}${splitSql ? sql`, ${splitSql}` : sql``}
    ORDER BY ${order}
    LIMIT ${q.limit}`);
  return { metrics: q.metric, by, split: q.split ?? null, rows: rows.map(normalizeRow) };
}

function normalizeRow(row: Record<string, unknown>): SeriesRow {
  const out: SeriesRow = { key: null, facts: 0 };
  for (const [k, v] of Object.entries(row)) {
    out[k] = typeof v === "bigint" ? Number(v) : typeof v === "object" && v !== null ? Number(v) : (v as string | number | null);
  }
  return out;
}
