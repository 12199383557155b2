import { timeBucketSql, TIME_BUCKETS, type Provider, type TimeBucket } from "../dialect";
import { join, raw, sql, type Sql } from "../sql";
import { ROLE_BITS, ROLLUP_METRICS, ROLLUP_TABLES, type RollupMetric, type RollupTable } from "./definitions";

/**
 * Answers a series from the rollup tables when they hold what it needs, as the same rows the
 * fact-table query gives (same keys, sums, NULLs and example ids). Returns null
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
}

const table = (name: string): RollupTable => ROLLUP_TABLES.find((t) => t.name === name)!;
const DAY = table("FactRollupDay");
const DIM_DAY = table("FactRollupDimDay");
const DIM_MONTH = table("FactRollupDimMonth");
const DIM_YEAR = table("FactRollupDimYear");
const WEEK = table("FactRollupWeek");
const DIM_WEEK = table("FactRollupDimWeek");
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

/** A calendar unit of a rollup table: where one starts, where the next starts, where one ends. */
interface Level {
  table: RollupTable;
  start(day: string): string;
  next(day: string): string;
}

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const MONTHS: Omit<Level, "table"> = {
  start: (d) => `${d.slice(0, 7)}-01`,
  next: (d) => {
    const [y, m] = [Number(d.slice(0, 4)), Number(d.slice(5, 7))];
    return m === 12 ? `${String(y + 1).padStart(4, "0")}-01-01` : `${d.slice(0, 4)}-${String(m + 1).padStart(2, "0")}-01`;
  },
};
/** ISO weeks, Monday to Sunday, as SQLite's date(x, 'weekday 0', '-6 days') and date_trunc('week', …) count them. */
const WEEKS: Omit<Level, "table"> = {
  start: (d) => addDays(d, -((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7)),
  next: (d) => addDays(WEEKS.start(d), 7),
};
const YEARS: Omit<Level, "table"> = {
  start: (d) => `${d.slice(0, 4)}-01-01`,
  next: (d) => `${String(Number(d.slice(0, 4)) + 1).padStart(4, "0")}-01-01`,
};

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
 * [from, to] cut into whole units of the coarsest level (years), whole units of the next (months)
 * for what is left at either end, and days for the rest: a few thousand rows whatever the range.
 * `levels` go from coarse to fine; the last is day-level. Undefined bounds are open.
 */
function calendarSource(req: RollupSeriesRequest, levels: Level[]): Source {
  const parts: Sql[] = [];
  const cover = (from: string | undefined, to: string | undefined, i: number) => {
    const level = levels[i]!;
    const t = level.table;
    const filters = rowFilters(req, t);
    if (t.period === "day") {
      if (from !== undefined) filters.push(sql`"day" >= ${from}`);
      if (to !== undefined) filters.push(sql`"day" <= ${to}`);
      parts.push(sql`SELECT ${COLUMNS(t)} FROM "${raw(t.name)}" WHERE ${join(filters, " AND ")}`);
      return;
    }
    // Whole units are those starting on or after firstWhole and before endWhole.
    const firstWhole = from === undefined ? undefined : level.start(from) === from ? from : level.next(from);
    const endWhole = to === undefined ? undefined : level.next(to) === addDays(to, 1) ? level.next(to) : level.start(to);
    if (firstWhole !== undefined && endWhole !== undefined && firstWhole >= endWhole) return cover(from, to, i + 1);
    if (firstWhole !== undefined) filters.push(sql`"day" >= ${firstWhole}`);
    if (endWhole !== undefined) filters.push(sql`"day" < ${endWhole}`);
    parts.push(sql`SELECT ${COLUMNS(t)} FROM "${raw(t.name)}" WHERE ${join(filters, " AND ")}`);
    if (from !== undefined && firstWhole !== undefined && from < firstWhole) cover(from, addDays(firstWhole, -1), i + 1);
    if (to !== undefined && endWhole !== undefined && endWhole <= to) cover(endWhole, to, i + 1);
  };
  cover(req.from, req.to, 0);
  return { table: levels.at(-1)!.table, from: sql`(${join(parts, " UNION ALL ")})` };
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
  const days = (t: RollupTable): Level => ({ table: t, start: (d) => d, next: (d) => addDays(d, 1) });
  if (dims.every((d) => dimensionsOf(DAY).has(d))) {
    // Kinds and statuses only: weekly charts from the week table, days for the ends of the range.
    return timeBucket === "week" ? calendarSource(req, [{ ...WEEKS, table: WEEK }, days(DAY)]) : daySource(req, DAY);
  }
  if (!dims.every((d) => dimensionsOf(DIM_DAY).has(d))) return null;
  if (timeBucket === "day") return daySource(req, DIM_DAY);
  if (timeBucket === "week") return calendarSource(req, [{ ...WEEKS, table: DIM_WEEK }, days(DIM_DAY)]);
  const months = { ...MONTHS, table: DIM_MONTH };
  return calendarSource(req, timeBucket === "month" ? [months, days(DIM_DAY)] : [{ ...YEARS, table: DIM_YEAR }, months, days(DIM_DAY)]);
}

const metricColumn = (m: RollupMetric) => raw(`CASE WHEN SUM(r."${m.column}N") > 0 THEN SUM(r."${m.column}") END AS "${m.metric}"`);

/**
 * The series rows from the rollups as a GROUP BY (the caller ranks, limits and orders them as it
 * does the facts' GROUP BY), or null when they cannot answer this request.
 */
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
  return sql`
    SELECT ${join(columns, ", ")}
    FROM ${source.from} r${needsPlace ? sql` LEFT JOIN "Place" pl ON pl."id" = r."placeId"` : sql``}
    GROUP BY ${groupKey}${split ? sql`, ${split}` : sql``}`;
}

/** First and last event day under the filters, from a day-level rollup; null when only the facts know. */
export function rollupSpanSql(req: Omit<RollupSeriesRequest, "metrics" | "by" | "split">): Sql | null {
  if (req.country && req.country.length > 1) return null;
  const source = daySource({ ...req, metrics: [], by: "day" }, req.country?.length ? PARTY_DAY : DAY);
  return sql`SELECT MIN(r."day") AS "min", MAX(r."day") AS "max" FROM ${source.from} r`;
}
