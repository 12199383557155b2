/**
 * Prints the query plan of every statement the benchmarked endpoints run, on one database:
 *   npm run bench:explain -- --database file:./bench/data/sqlite-1000000.db
 *   npm run bench:explain -- --database postgresql://…/factboard_bench_1000000
 * SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN (ANALYZE, BUFFERS off, COSTS off), one run.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { z } from "zod";
import { FACTS_CASES, SERIES_CASES } from "../bench/cases";
import { recordQueries, type SqlText } from "../bench/recorded-sql";
import { closeDb, getDb } from "../lib/db/client";
import { databaseProvider, sqliteFilePath } from "../lib/env";
import { factListOptions, factsQuery, FACTS_KEYS, FACTS_LIST_KEYS } from "../lib/facts/facts-query";
import { getFactPage } from "../lib/facts/get-facts";
import { searchParamsToObject } from "../lib/http/search-params";
import { getSeries } from "../lib/series/get-series";
import { seriesQuery, SERIES_KEYS, SERIES_LIST_KEYS } from "../lib/series/series-query";
import { parseFlags } from "./synthetic/synthetic-options";

const { database } = z
  .object({ database: z.string().regex(/^(file:|postgres(ql)?:\/\/)/, '--database: "file:…" or "postgresql://…"') })
  .strict()
  .parse(parseFlags(process.argv.slice(2)));
const provider = databaseProvider(database);
const db = getDb(database);

async function statementsOf(endpoint: "series" | "facts", query: string): Promise<SqlText[]> {
  const params = new URLSearchParams(query);
  if (endpoint === "series") {
    const q = seriesQuery.parse(searchParamsToObject(params, SERIES_KEYS, SERIES_LIST_KEYS));
    return recordQueries(db, (d) => getSeries(d, q, provider));
  }
  const q = factsQuery.parse(searchParamsToObject(params, FACTS_KEYS, FACTS_LIST_KEYS));
  return recordQueries(db, (d) => getFactPage(d, q, factListOptions(q)));
}

const sqlite = provider === "sqlite" ? new Database(sqliteFilePath(database), { readonly: true }) : null;
const client = provider === "postgresql" ? new pg.Client({ connectionString: database }) : null;
await client?.connect();

async function plan(s: SqlText): Promise<string> {
  if (sqlite) {
    const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...(s.values as never[])) as { id: number; parent: number; detail: string }[];
    const depth = new Map<number, number>([[0, 0]]);
    return rows.map((r) => (depth.set(r.id, (depth.get(r.parent) ?? 0) + 1), `${"  ".repeat(depth.get(r.id)!)}${r.detail}`)).join("\n");
  }
  const { rows } = await client!.query({ text: `EXPLAIN (ANALYZE, COSTS off, BUFFERS off) ${s.text}`, values: s.values as unknown[] });
  return rows.map((r: { "QUERY PLAN": string }) => `  ${r["QUERY PLAN"]}`).join("\n");
}

for (const [endpoint, cases] of [["series", SERIES_CASES], ["facts", FACTS_CASES]] as const) {
  for (const c of cases) {
    console.log(`\n## ${c.name}  (/api/${endpoint}?${c.query})`);
    for (const s of await statementsOf(endpoint, c.query)) {
      console.log(`\n${s.sql.replace(/\s+/g, " ").trim().slice(0, 240)}…\n${await plan(s)}`);
    }
  }
}
sqlite?.close();
await client?.end();
await closeDb(database);
