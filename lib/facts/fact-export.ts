import { databaseUrlOf, providerOf, type Db } from "../db/client";
import { join, sql, type Sql } from "../db/sql";
import { copyCsvOut } from "../db/postgres-copy";
import { heavySqliteStream } from "../db/heavy-read";
import { crlfRecordEnds } from "../csv/crlf";
import { countryNamesJoinSql, factCsvSelectSql } from "./fact-csv-sql";
import { KIND_COLUMNS_SQL } from "./fact-row";
import { factRowToCsvLine, placeCells, sourceCells, type ExportPlace, type ExportSource } from "./fact-csv";
import { factWhereSql } from "./filter-sql";
import type { FactFilters } from "./filters";

const EXPORT_BATCH = 1000;
// Cells of this many places or sources are kept; beyond it the cache starts again, so memory
// stays bounded however many sources an export spans (facts come in date order, and a source's
// facts sit close together in it).
const CACHE_LIMIT = 20_000;

// The Fact columns only: places and sources are looked up once each (see cellCache), because
// reading the joined row for each of a million facts made the export 30% slower.
// Each kind's columns come from the kind definitions (KIND_COLUMNS_SQL).
const EXPORT_SELECT = sql`
  f."id", f."kind", f."date", f."country", f."quote", f."start", f."end", f."status", f."confidence",
  ${KIND_COLUMNS_SQL}, f."placeId", f."sourceId"`;

/** CSV cells per id, filled a batch of ids at a time. */
function cellCache(load: (ids: number[]) => Promise<Map<number, string>>) {
  let cells = new Map<number, string>();
  return {
    async fill(ids: Iterable<unknown>) {
      const missing = [...new Set([...ids].filter((id): id is number | bigint => id !== null && id !== undefined).map(Number))].filter((id) => !cells.has(id));
      if (missing.length === 0) return;
      if (cells.size + missing.length > CACHE_LIMIT) cells = new Map();
      for (const [id, text] of await load(missing)) cells.set(id, text);
    },
    get: (id: unknown) => (id === null || id === undefined ? ",,," : (cells.get(Number(id)) ?? ",,,")),
  };
}

/**
 * Every fact under the filters, in date order, as CSV records (no header), a chunk at a time in
 * constant memory. PostgreSQL writes them itself (COPY); on SQLite they are read through the
 * driver's statement iterator and written here. A whole export takes all of a country's facts,
 * so the country filter lists their ids (never a probe per fact).
 */
export function factCsvRecords(db: Db, filters: FactFilters, columns: string[]): AsyncGenerator<string | Uint8Array> {
  const provider = providerOf(db);
  // Filtered by status alone (an export of everything), SQLite's planner sorted a million rows from
  // the (status, date, id) index before the first one went out (2.7 s); walking (date, id) in
  // order streams from the first row. With other filters their indexes are worth the sort.
  const statusOnly = !filters.kind?.length && !filters.country?.length && !filters.from && !filters.to;
  const where = factWhereSql(filters, [], { countryMatch: { match: "list", provider }, statusIndexed: !(provider === "sqlite" && statusOnly) });
  return provider === "postgresql" ? postgresCsv(db, where, columns) : sqliteCsv(db, where, columns);
}

async function* postgresCsv(db: Db, where: Sql, columns: string[]): AsyncGenerator<Uint8Array> {
  const query = sql`
    SELECT ${factCsvSelectSql(columns)}
    FROM "Fact" f LEFT JOIN "Place" pl ON pl."id" = f."placeId" JOIN "Source" s ON s."id" = f."sourceId" ${countryNamesJoinSql()}
    WHERE ${where} ORDER BY f."date", f."id"`;
  const toCrlf = crlfRecordEnds();
  for await (const chunk of copyCsvOut(databaseUrlOf(db), query)) yield toCrlf(chunk);
}

/**
 * The facts read through the driver's cursor (one query, one snapshot, constant memory); their
 * places and sources, which never change once stored, through the application's client.
 */
async function* sqliteCsv(db: Db, where: Sql, columns: string[]): AsyncGenerator<string> {
  const query = sql`SELECT ${EXPORT_SELECT} FROM "Fact" f WHERE ${where} ORDER BY f."date", f."id"`;
  const places = cellCache(async (ids) => {
    const rows = await db.$queryRaw<(ExportPlace & { id: number })[]>(sql`SELECT "id", "name", "region", "lat", "lon" FROM "Place" WHERE "id" IN (${join(ids)})`);
    return new Map(rows.map((p) => [Number(p.id), placeCells(p)]));
  });
  const sources = cellCache(async (ids) => {
    const rows = await db.$queryRaw<(ExportSource & { id: number })[]>(sql`SELECT "id", "title", "publisher", "url", "publishedAt" FROM "Source" WHERE "id" IN (${join(ids)})`);
    return new Map(rows.map((s) => [Number(s.id), sourceCells(s)]));
  });
  let toLine: ((row: readonly unknown[]) => string) | undefined;
  for await (const batch of heavySqliteStream(db, query, EXPORT_BATCH)) {
    toLine ??= factRowToCsvLine(columns, batch.columns, { placeCells: places.get, sourceCells: sources.get });
    const placeAt = batch.columns.indexOf("placeId");
    const sourceAt = batch.columns.indexOf("sourceId");
    await places.fill(batch.rows.map((r) => r[placeAt]));
    await sources.fill(batch.rows.map((r) => r[sourceAt]));
    let text = "";
    for (const row of batch.rows) text += toLine(row);
    yield text;
  }
}
