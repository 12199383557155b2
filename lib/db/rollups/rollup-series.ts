import { timeBucketSql, TIME_BUCKETS, type Provider, type TimeBucket } from "../dialect";
import { join, raw, sql, type Sql } from "../sql";
import { ROLE_BITS, ROLLUP_METRICS, ROLLUP_TABLES, type RollupMetric, type RollupTable } from "./definitions";

/**
 * Answers a series from the rollup tables when they hold what it needs, as the same rows the
 * fact-table query gives (same keys, sums, NULLs, example ids, order and limit). Returns null
 * when they cannot, and the caller reads the facts instead.
 */

export interface RollupSeriesRequest {
  /** Metric names, each either "facts" or one of ROLLUP_METRICS. */
  metrics: string[];
  by: string;
  split?: string;
  kinds?: readonly string[];
  statuses: readonly string[];
  from?: string;
  to?: string;
  country?: readonly string[];
  role?: readonly (keyof typeof ROLE_BITS)[];
  limit: number;
}

const table = (name: string): RollupTable => ROLLUP_TABLES.find((t) => t.name === name)!;
const DAY = table("FactRollupDay");
const DIM_DAY = table("FactRollupDimDay");
const DIM_MONTH = table("FactRollupDimMonth");
const PLACE = table("FactRollupPlace");
const PARTY_DAY = table("FactRollupPartyDay");

const isTime = (by: string): by is TimeBucket => (TIME_BUCKETS as readonly string[]).includes(by);
const dimensionsOf = (t: RollupTable) => new Set(t.keys.flatMap((k) => (k.dimension ? [k.dimension] : [])));
const NOT_NULL_KEYS = new Set(["kind", "status", "country"]);

/** A dimension as read back from a rollup row ('' stood for NULL). */
function dimensionSql(d: string, t: RollupTable): Sql {
  if (d === "place") return raw(`pl."name"`);
  return raw(NOT_NULL_KEYS.has(d) || (t.party && d === "country") ? `r."${d}"` : `NULLIF(r."${d}", '')`);
}

/** Which rollup rows a request reads: one table, or whole months of one plus edge days of another. */
interface Source {
  from: Sql;
  table: RollupTable;
}

function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}
function nextMonth(day: string): string {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}
function lastDayOfMonth(day: string): string {
  const next = new Date(`${nextMonth(day)}T00:00:00Z`);
  return new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
}

const COLUMNS = (t: RollupTable) => raw([...t.keys.map((k) => `"${k.column}"`), `"facts"`, `"minId"`, ...ROLLUP_METRICS.flatMap((m) => [`"${m.column}"`, `"${m.column}N"`])].join(", "));

function rowFilters(req: RollupSeriesRequest, t: RollupTable): Sql[] {
  const filters: Sql[] = [sql`"facts" > 0`, sql`"status" IN (${join([...req.statuses])})`];
  if (req.kinds) filters.push(sql`"kind" IN (${join([...req.kinds])})`);
  if (t.party) {
    filters.push(sql`"country" = ${req.country![0]}`);
    if (req.role?.length) filters.push(sql`("roles" & ${req.role.reduce((mask, r) => mask | ROLE_BITS[r], 0)}) <> 0`);
  }
  return filters;
}

/** Rows of one day-level table between from and to. */
function daySource(req: RollupSeriesRequest, t: RollupTable): Source {
  const filters = rowFilters(req, t);
  if (req.from) filters.push(sql`"day" >= ${req.from}`);
  if (req.to) filters.push(sql`"day" <= ${req.to}`);
  return { table: t, from: sql`(SELECT ${COLUMNS(t)} FROM "${raw(t.name)}" WHERE ${join(filters, " AND ")})` };
}

/**
 * Whole months inside [from, to] from the month table, the days of partial months at either
 * end from the day table: a few thousand rows whatever the range.
 */
function monthSource(req: RollupSeriesRequest, months: RollupTable, days: RollupTable): Source {
  const { from, to } = req;
  // Full months are those starting on or after firstFull and before endExclusive.
  const firstFull = from === undefined ? undefined : from === monthStart(from) ? from : nextMonth(from);
  const endExclusive = to === undefined ? undefined : to === lastDayOfMonth(to) ? nextMonth(to) : monthStart(to);
  const parts: Sql[] = [];
  const dayRanges: Sql[] = [];
  if (firstFull !== undefined && endExclusive !== undefined && firstFull >= endExclusive) {
    dayRanges.push(sql`("day" >= ${from!} AND "day" <= ${to!})`);
  } else {
    const monthFilters = rowFilters(req, months);
    if (firstFull !== undefined) monthFilters.push(sql`"day" >= ${firstFull}`);
    if (endExclusive !== undefined) monthFilters.push(sql`"day" < ${endExclusive}`);
    parts.push(sql`SELECT ${COLUMNS(months)} FROM "${raw(months.name)}" WHERE ${join(monthFilters, " AND ")}`);
    if (from !== undefined && firstFull !== undefined && from < firstFull) dayRanges.push(sql`("day" >= ${from} AND "day" < ${firstFull})`);
    if (to !== undefined && endExclusive !== undefined && endExclusive <= to) dayRanges.push(sql`("day" >= ${endExclusive} AND "day" <= ${to})`);
  }
  if (dayRanges.length) {
    parts.push(sql`SELECT ${COLUMNS(days)} FROM "${raw(days.name)}" WHERE ${join(rowFilters(req, days), " AND ")} AND (${join(dayRanges, " OR ")})`);
  }
  return { table: days, from: sql`(${join(parts, " UNION ALL ")})` };
}

/** The rollup rows that can answer the request, or null when only the facts can. */
function chooseSource(req: RollupSeriesRequest): Source | null {
  const groupings = [req.by, ...(req.split ? [req.split] : [])];
  const dims = groupings.filter((g) => !isTime(g));
  const timeBucket = groupings.find(isTime);
  if (req.country?.length) {
    if (req.country.length > 1) return null; // a fact in two of the countries would count twice
    return dims.every((d) => dimensionsOf(PARTY_DAY).has(d)) ? daySource(req, PARTY_DAY) : null;
  }
  if (dims.includes("place")) {
    if (timeBucket || req.from || req.to) return null;
    return dims.every((d) => dimensionsOf(PLACE).has(d)) ? { table: PLACE, from: sql`(SELECT ${COLUMNS(PLACE)} FROM "FactRollupPlace" WHERE ${join(rowFilters(req, PLACE), " AND ")})` } : null;
  }
  if (dims.every((d) => dimensionsOf(DAY).has(d))) return daySource(req, DAY);
  if (!dims.every((d) => dimensionsOf(DIM_DAY).has(d))) return null;
  if (timeBucket === "day" || timeBucket === "week") return daySource(req, DIM_DAY);
  return monthSource(req, DIM_MONTH, DIM_DAY);
}

/**
 * Time series in time order; other groupings largest first. Ties are broken by every grouping
 * column, so the facts and the rollups (and SQLite and PostgreSQL) give rows in the same order.
 */
export function seriesOrderSql(firstMetric: string, byTime: boolean, split: boolean, byPlace: boolean): Sql {
  const ties = [`"key"`, ...(split ? [`"split"`] : []), ...(byPlace ? [`"country"`] : [])];
  return raw((byTime ? ties : [`"${firstMetric}" DESC`, ...ties]).join(", "));
}

const metricColumn = (m: RollupMetric) => raw(`CASE WHEN SUM(r."${m.column}N") > 0 THEN SUM(r."${m.column}") END AS "${m.metric}"`);

/** The series rows from the rollups, or null when they cannot answer this request. */
export function rollupSeriesSql(req: RollupSeriesRequest, provider: Provider): Sql | null {
  const metrics = req.metrics.filter((m) => m !== "facts").map((m) => ROLLUP_METRICS.find((r) => r.metric === m));
  if (metrics.some((m) => !m)) return null;
  const source = chooseSource(req);
  if (!source) return null;
  const t = source.table;
  const byPlace = req.by === "place";
  const key = isTime(req.by) ? timeBucketSql('r."day"', req.by, provider) : byPlace ? sql`MAX(pl."name")` : dimensionSql(req.by, t);
  const groupKey = isTime(req.by) ? key : byPlace ? sql`r."placeId", r."country"` : key;
  const split = req.split ? (isTime(req.split) ? timeBucketSql('r."day"', req.split, provider) : dimensionSql(req.split, t)) : undefined;
  const needsPlace = byPlace || req.split === "place";

  const columns: Sql[] = [sql`${key} AS "key"`];
  if (split) columns.push(sql`${split} AS "split"`);
  if (byPlace) columns.push(sql`r."country" AS "country", MAX(pl."region") AS "region", MAX(pl."lat") AS "lat", MAX(pl."lon") AS "lon"`);
  columns.push(sql`SUM(r."facts") AS "facts"`, sql`MIN(r."minId") AS "exampleFactId"`, ...metrics.map((m) => metricColumn(m!)));
  const order = seriesOrderSql(req.metrics[0]!, isTime(req.by), Boolean(split), byPlace);
  return sql`
    SELECT ${join(columns, ", ")}
    FROM ${source.from} r${needsPlace ? sql` LEFT JOIN "Place" pl ON pl."id" = r."placeId"` : sql``}
    GROUP BY ${groupKey}${split ? sql`, ${split}` : sql``}
    ORDER BY ${order}
    LIMIT ${req.limit}`;
}

/** First and last event day under the filters, from a day-level rollup; null when only the facts know. */
export function rollupSpanSql(req: Omit<RollupSeriesRequest, "metrics" | "by" | "split" | "limit">): Sql | null {
  if (req.country && req.country.length > 1) return null;
  const source = daySource({ ...req, metrics: [], by: "day", limit: 1 }, req.country?.length ? PARTY_DAY : DAY);
  return sql`SELECT MIN(r."day") AS "min", MAX(r."day") AS "max" FROM ${source.from} r`;
}
