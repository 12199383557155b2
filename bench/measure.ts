import { closeDb, getDb, type Db } from "../lib/db/client";
import { FACT_ROW_FROM, FACT_ROW_SELECT } from "../lib/facts/fact-row";
import { factListOptions, factsQuery, FACTS_KEYS, FACTS_LIST_KEYS } from "../lib/facts/facts-query";
import { encodeCursor, getFactPage } from "../lib/facts/get-facts";
import { searchParamsToObject } from "../lib/http/search-params";
import { getSeries } from "../lib/series/get-series";
import { seriesQuery, SERIES_KEYS, SERIES_LIST_KEYS } from "../lib/series/series-query";
import { ensureNaiveTables, type BenchDatabase } from "./bench-database";
import { FACTS_CASES, SERIES_CASES, type BenchCase } from "./cases";
import { getExpecting, getOk, loadTest, streamCsv, type LoadResult, type StreamedCsv } from "./http";
import type { BenchServer } from "./next-server";
import { onNaiveTables, recordQueries, type SqlText } from "./recorded-sql";
import { timeRuns, type Timing } from "./stats";

export interface LatencyRow {
  endpoint: "series" | "facts";
  name: string;
  query: string;
  /** Where getSeries read from (rollups or facts), for series. */
  source?: string;
  api: Timing;
  /** The same SQL the endpoint runs, run directly on the database. */
  floor: Timing;
  /** The plain GROUP BY over a facts table with single-column indexes (series only). */
  naive?: Timing;
}

export interface CsvRow extends StreamedCsv {
  nativeRows: number;
  nativeSeconds: number;
}

export interface SizeResult {
  provider: string;
  facts: number;
  loadSeconds: number | null;
  /** A request Next.js answers with no database work (a 400 for /api/facts/0): its own cost per request. */
  nextFloor: Timing;
  latency: LatencyRow[];
  csv: CsvRow;
  load: { series: LoadResult; facts: LoadResult };
}

function runsFor(facts: number) {
  return facts >= 1_000_000 ? { api: 20, naive: 3 } : facts >= 100_000 ? { api: 25, naive: 5 } : { api: 30, naive: 10 };
}

const runAll = (db: BenchDatabase, statements: SqlText[]) => async () => {
  for (const s of statements) await db.query(s);
};

async function measureSeries(db: BenchDatabase, prisma: Db, server: BenchServer, c: BenchCase): Promise<LatencyRow> {
  const runs = runsFor(db.facts);
  const q = seriesQuery.parse(searchParamsToObject(new URLSearchParams(c.query), SERIES_KEYS, SERIES_LIST_KEYS));
  const statements = await recordQueries(prisma, (d) => getSeries(d, q, db.provider));
  const naive = (await recordQueries(prisma, (d) => getSeries(d, q, db.provider, { source: "facts" }))).map(onNaiveTables);
  const source = statements.some((s) => s.sql.includes('"FactRollup')) ? "rollups" : "facts";
  return {
    endpoint: "series",
    name: c.name,
    query: c.query,
    source,
    api: await timeRuns(() => getOk(`${server.baseUrl}/api/series?${c.query}`), runs.api, 3),
    floor: await timeRuns(runAll(db, statements), runs.api, 3),
    naive: await timeRuns(runAll(db, naive), runs.naive, 1),
  };
}

async function measureFacts(db: BenchDatabase, prisma: Db, server: BenchServer, c: BenchCase): Promise<LatencyRow> {
  const runs = runsFor(db.facts);
  const q = factsQuery.parse(searchParamsToObject(new URLSearchParams(c.query), FACTS_KEYS, FACTS_LIST_KEYS));
  const statements = await recordQueries(prisma, (d) => getFactPage(d, q, factListOptions(q)));
  return {
    endpoint: "facts",
    name: c.name,
    query: c.query,
    api: await timeRuns(() => getOk(`${server.baseUrl}/api/facts?${c.query}`), runs.api, 3),
    floor: await timeRuns(runAll(db, statements), runs.api, 3),
  };
}

/** A page from the middle of the verified facts: what "next page" costs deep into a million. */
async function middleCursorCase(db: BenchDatabase): Promise<BenchCase> {
  const offset = Math.floor(db.facts * 0.4);
  const [row] = (await db.exec(`SELECT "date", "id" FROM "Fact" WHERE "status" = 'verified' ORDER BY "date", "id" LIMIT 1 OFFSET ${offset}`)) as { date: string; id: number }[];
  return { name: "facts: a page 40% in (cursor)", query: `limit=100&cursor=${encodeCursor(row!.date, Number(row!.id))}` };
}

/** Everything measured on one database through one server. */
export async function measureSize(db: BenchDatabase, server: BenchServer, log: (s: string) => void): Promise<SizeResult> {
  const prisma = getDb(db.url);
  log("  naive copy of the facts (single-column indexes)…");
  await ensureNaiveTables(db);
  const nextFloor = await timeRuns(() => getExpecting(`${server.baseUrl}/api/facts/0`, 400), runsFor(db.facts).api, 3);
  log(`  Next.js without the database (/api/facts/0 → 400): ${nextFloor.median.toFixed(1)} ms`);
  const latency: LatencyRow[] = [];
  for (const c of SERIES_CASES) {
    const row = await measureSeries(db, prisma, server, c);
    log(`  ${row.name}: API ${row.api.median.toFixed(1)} ms, SQL ${row.floor.median.toFixed(1)} ms, naive ${row.naive!.median.toFixed(0)} ms (${row.source})`);
    latency.push(row);
  }
  for (const c of [...FACTS_CASES, await middleCursorCase(db)]) {
    const row = await measureFacts(db, prisma, server, c);
    log(`  ${row.name}: API ${row.api.median.toFixed(1)} ms, SQL ${row.floor.median.toFixed(1)} ms`);
    latency.push(row);
  }

  log("  CSV export of every fact…");
  // The route's code loads on its first request; that is not what an export of a million rows costs.
  await getOk(`${server.baseUrl}/api/facts.csv?kind=shelter&from=2025-12-31`);
  const exported = await streamCsv(`${server.baseUrl}/api/facts.csv?status=verified,proposed,rejected`, server.rssMb, db.facts);
  const select = `SELECT ${FACT_ROW_SELECT.sql.trim()} FROM ${FACT_ROW_FROM.sql} ORDER BY f."date", f."id"`;
  const native = await db.nativeCsv(select);
  log(`  CSV: ${exported.rows} rows in ${exported.seconds.toFixed(1)} s (first byte ${exported.firstByteMs.toFixed(0)} ms, server RSS ${exported.startRssMb.toFixed(0)}→${exported.peakRssMb.toFixed(0)} MB, at each quarter ${exported.rssAtQuarters.map((m) => m.toFixed(0)).join("/")}); database's own: ${native.rows - 1} rows in ${native.seconds.toFixed(1)} s`);

  log("  50 concurrent clients, 10 s each on series and facts…");
  const series = await loadTest(server.baseUrl, SERIES_CASES.map((c) => `/api/series?${c.query}`), 50, 10);
  const facts = await loadTest(server.baseUrl, [...FACTS_CASES.map((c) => `/api/facts?${c.query}`)], 50, 10);
  log(`  series ${series.rps.toFixed(0)} req/s (${series.errors} errors), facts ${facts.rps.toFixed(0)} req/s (${facts.errors} errors)`);

  await closeDb(db.url);
  return {
    provider: db.provider,
    facts: db.facts,
    loadSeconds: db.loadSeconds,
    nextFloor,
    latency,
    csv: { ...exported, nativeRows: native.rows - 1, nativeSeconds: native.seconds },
    load: { series, facts },
  };
}
