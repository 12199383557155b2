import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryTimeoutError, ReadPool } from "@/lib/db/read-pool/read-pool";
import { sql } from "@/lib/db/sql";

/**
 * Issue 10, finding 1: heavy reads run in worker threads with a time limit, so the event loop
 * keeps answering while they run, and a runaway statement is stopped.
 */
let dir: string;
let pool: ReadPool;
// Counts to n in SQL: about a second per few million on these machines, and never touches a table.
const slowQuery = (n: number) => sql`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ${n}) SELECT COUNT(*) AS "n" FROM c`;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "factboard-pool-"));
  const file = path.join(dir, "pool.db");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec(`CREATE TABLE "T" ("id" INTEGER PRIMARY KEY); INSERT INTO "T" ("id") VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10)`);
  db.close();
  pool = new ReadPool(file, 2, 1000);
});
// A stopped worker ends only when SQLite returns from the statement it was in (the slow query
// below), so closing may wait for it: seconds, not the default 10 s hook budget on a busy machine.
afterAll(async () => {
  await pool?.close();
  fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe("read pool", () => {
  it("answers rows and caps them", async () => {
    const all = await pool.query(sql`SELECT "id" FROM "T" ORDER BY "id"`, 100);
    expect(all.rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const capped = await pool.query(sql`SELECT "id" FROM "T" ORDER BY "id"`, 3);
    expect(capped).toMatchObject({ rows: [{ id: 1 }, { id: 2 }, { id: 3 }], truncated: true });
  });

  it("keeps the event loop free while a statement runs, and stops it at the time limit", async () => {
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 10);
    const started = Date.now();
    await expect(pool.query(slowQuery(30_000_000), 1)).rejects.toBeInstanceOf(QueryTimeoutError);
    clearInterval(ticker);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(3000);
    // The main thread ran its timer all along (a blocked loop would have ticked ~0 times).
    expect(ticks).toBeGreaterThan(10);
  }, 20_000);

  it("still answers after a worker was stopped", async () => {
    const { rows } = await pool.query(sql`SELECT COUNT(*) AS "n" FROM "T"`, 1);
    expect(rows[0]!.n).toBe(10);
  });

  it("streams an export in batches through one cursor", async () => {
    const batches: unknown[][][] = [];
    for await (const batch of pool.stream(sql`SELECT "id" FROM "T" ORDER BY "id"`, 4)) batches.push(batch.rows);
    expect(batches.map((b) => b.length)).toEqual([4, 4, 2]);
  });
});
