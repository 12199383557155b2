import { sqliteFilePath, getEnv } from "../env";
import { databaseUrlOf, providerOf, type Db } from "./client";
import { ReadPool } from "./read-pool/read-pool";
import { sql, type Sql } from "./sql";
import type { RowBatch } from "./sqlite-rows";

const globalForPools = globalThis as unknown as { factboardReadPools?: Map<string, ReadPool> };

/** The read pool of a SQLite database, one per file and process. */
export function readPoolFor(db: Db): ReadPool {
  const file = sqliteFilePath(databaseUrlOf(db));
  globalForPools.factboardReadPools ??= new Map();
  let pool = globalForPools.factboardReadPools.get(file);
  if (!pool) {
    const env = getEnv();
    pool = new ReadPool(file, env.READ_WORKERS, env.QUERY_TIMEOUT_MS);
    globalForPools.factboardReadPools.set(file, pool);
  }
  return pool;
}

export interface HeavyRows<T> {
  rows: T[];
  truncated: boolean;
}

/**
 * Runs a read that may take seconds without holding up other requests: on SQLite in the read
 * pool's worker threads, on PostgreSQL on its own server process (under statement_timeout,
 * lib/db/client.ts). At most maxRows rows come back; `truncated` says whether more matched.
 */
export async function heavyRows<T = Record<string, unknown>>(db: Db, query: Sql, maxRows = 1_000_000): Promise<HeavyRows<T>> {
  if (providerOf(db) === "sqlite") {
    const result = await readPoolFor(db).query(query, maxRows);
    return { rows: result.rows as T[], truncated: result.truncated };
  }
  const rows = await db.$queryRaw<T[]>(sql`SELECT * FROM (${query}) AS "capped" LIMIT ${maxRows + 1}`);
  return { rows: rows.slice(0, maxRows), truncated: rows.length > maxRows };
}

/** Every row of a SQLite query in batches, read in the pool (exports). */
export function heavySqliteStream(db: Db, query: Sql, batchSize: number): AsyncGenerator<RowBatch> {
  return readPoolFor(db).stream(query, batchSize);
}

