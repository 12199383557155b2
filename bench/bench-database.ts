import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { Provider } from "../lib/db/dialect";
import { migratePostgres, migrateSqlite } from "../lib/db/migrate";
import { createPostgresDatabase, postgresDatabaseUrl } from "../lib/db/postgres-admin";
import type { SqlText } from "./recorded-sql";
import { loadSynthetic } from "../scripts/synthetic/load-synthetic";

/**
 * A benchmark database: synthetic facts of a given count on one provider, reused between runs
 * when it already holds exactly that many facts, with a "naive" copy of the facts (the same
 * rows, only single-column indexes) for the query the rollups must beat.
 */
export interface BenchDatabase {
  provider: Provider;
  facts: number;
  url: string;
  /** Seconds the synthetic load took, or null when an existing database was reused. */
  loadSeconds: number | null;
  /** Runs SQL on the database directly (no Prisma, no HTTP) and returns the rows. */
  query(sql: SqlText): Promise<unknown[]>;
  /** Runs literal SQL text. */
  exec(text: string): Promise<unknown[]>;
  /** The database's own CSV export of the given SELECT: rows written and seconds taken. */
  nativeCsv(select: string): Promise<{ rows: number; seconds: number }>;
  close(): Promise<void>;
}

export const BENCH_SEED = 1;
export const BENCH_DIR = path.join(process.cwd(), "bench", "data");

async function countFacts(run: (text: string) => Promise<unknown[]>): Promise<number | null> {
  try {
    const [row] = (await run(`SELECT COUNT(*) AS "n" FROM "Fact" WHERE "synthetic" = true`)) as { n: number | string }[];
    return Number(row?.n ?? 0);
  } catch {
    return null;
  }
}

/** Counts CSV records in a stream of text, honouring quoted line breaks. */
export function csvRecordCounter() {
  let inQuotes = false;
  let records = 0;
  let pending = false;
  return {
    push(chunk: string) {
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        if (c === 34) inQuotes = !inQuotes;
        else if (c === 10 && !inQuotes) {
          records += 1;
          pending = false;
          continue;
        }
        if (c !== 13) pending = true;
      }
    },
    get records() {
      return records + (pending ? 1 : 0);
    },
  };
}

function runCsvCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ rows: number; seconds: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const counter = csvRecordCounter();
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => counter.push(chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`${command} exited ${code}: ${stderr.slice(0, 300)}`));
      else resolve({ rows: counter.records, seconds: (performance.now() - started) / 1000 });
    });
  });
}

async function openSqlite(facts: number, fresh: boolean, log: (s: string) => void): Promise<BenchDatabase> {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, `sqlite-${facts}.db`);
  const url = `file:${file}`;
  let loadSeconds: number | null = null;
  const existing = !fresh && fs.existsSync(file) ? new Database(file, { readonly: true }) : null;
  const have = existing ? await countFacts(async (t) => existing.prepare(t).all()) : null;
  existing?.close();
  if (have !== facts) {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    log(`  loading ${facts.toLocaleString("en-US")} synthetic facts into ${path.relative(process.cwd(), file)}…`);
    const result = await loadSynthetic(url, { facts, seed: BENCH_SEED, from: "2022-02-24", to: "2025-12-31" });
    loadSeconds = result.totalSeconds;
  } else {
    // A reused database gets migrations added since it was loaded (their backfill included).
    const migrated = migrateSqlite(file);
    if (migrated.applied.length) log(`  applied ${migrated.applied.join(", ")} to the existing database`);
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const statements = new Map<string, Database.Statement>();
  const prepared = (text: string) => {
    let s = statements.get(text);
    if (!s) statements.set(text, (s = db.prepare(text)));
    return s;
  };
  return {
    provider: "sqlite",
    facts,
    url,
    loadSeconds,
    query: async (q) => prepared(q.sql).all(...(q.values as unknown[])),
    exec: async (text) => {
      const s = db.prepare(text);
      return s.reader ? s.all() : (s.run(), []);
    },
    nativeCsv: (select) => runCsvCommand("sqlite3", ["-readonly", "-csv", "-header", file, select]),
    close: async () => {
      db.close();
    },
  };
}

async function openPostgres(facts: number, serverUrl: string, fresh: boolean, log: (s: string) => void): Promise<BenchDatabase> {
  const name = `factboard_bench_${facts}`;
  const url = postgresDatabaseUrl(serverUrl, name);
  let loadSeconds: number | null = null;
  const probe = new pg.Client({ connectionString: url });
  const have = await probe
    .connect()
    .then(() => countFacts(async (t) => (await probe.query(t)).rows))
    .catch(() => null);
  await probe.end().catch(() => undefined);
  if (fresh || have !== facts) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    await createPostgresDatabase(serverUrl, name);
    log(`  loading ${facts.toLocaleString("en-US")} synthetic facts into PostgreSQL database ${name}…`);
    const result = await loadSynthetic(url, { facts, seed: BENCH_SEED, from: "2022-02-24", to: "2025-12-31" });
    loadSeconds = result.totalSeconds;
  } else {
    const migrated = await migratePostgres(url);
    if (migrated.applied.length) log(`  applied ${migrated.applied.join(", ")} to the existing database`);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { username: user, password, hostname, port } = new URL(url);
  const psqlEnv = { ...process.env, PGPASSWORD: decodeURIComponent(password) };
  return {
    provider: "postgresql",
    facts,
    url,
    loadSeconds,
    query: async (q) => (await client.query({ text: q.text, values: q.values as unknown[] })).rows,
    exec: async (text) => (await client.query(text)).rows,
    nativeCsv: (select) =>
      runCsvCommand("psql", ["-h", hostname, "-p", port || "5432", "-U", decodeURIComponent(user), "-d", name, "-X", "-q", "-c", `COPY (${select}) TO STDOUT WITH CSV HEADER`], psqlEnv),
    close: () => client.end(),
  };
}

export function openBenchDatabase(provider: Provider, facts: number, options: { postgresUrl?: string; fresh?: boolean; log?: (s: string) => void }): Promise<BenchDatabase> {
  const log = options.log ?? console.log;
  if (provider === "postgresql") {
    if (!options.postgresUrl) throw new Error("PostgreSQL benchmark needs a server URL");
    return openPostgres(facts, options.postgresUrl, Boolean(options.fresh), log);
  }
  return openSqlite(facts, Boolean(options.fresh), log);
}

/**
 * The naive schema: a copy of Fact and FactParty with one single-column index per filtered
 * column and nothing else, the baseline "plain GROUP BY over the facts table".
 */
export async function ensureNaiveTables(db: BenchDatabase): Promise<void> {
  const [row] = (await db.exec(
    db.provider === "sqlite"
      ? `SELECT COUNT(*) AS "n" FROM sqlite_master WHERE "name" = 'FactNaive'`
      : `SELECT COUNT(*) AS "n" FROM pg_tables WHERE tablename = 'FactNaive'`,
  )) as { n: number | string }[];
  if (Number(row?.n) > 0) {
    const [count] = (await db.exec(`SELECT COUNT(*) AS "n" FROM "FactNaive"`)) as { n: number | string }[];
    const [facts] = (await db.exec(`SELECT COUNT(*) AS "n" FROM "Fact"`)) as { n: number | string }[];
    if (Number(count?.n) === Number(facts?.n)) return;
    await db.exec(`DROP TABLE "FactNaive"`);
    await db.exec(`DROP TABLE IF EXISTS "FactPartyNaive"`);
  }
  await db.exec(`CREATE TABLE "FactNaive" AS SELECT * FROM "Fact"`);
  await db.exec(`CREATE TABLE "FactPartyNaive" AS SELECT * FROM "FactParty"`);
  for (const column of ["id", "status", "kind", "date", "country", "placeId", "sourceId"]) {
    await db.exec(`CREATE INDEX "FactNaive_${column}_idx" ON "FactNaive"("${column}")`);
  }
  for (const column of ["factId", "country"]) await db.exec(`CREATE INDEX "FactPartyNaive_${column}_idx" ON "FactPartyNaive"("${column}")`);
  await db.exec(db.provider === "sqlite" ? "ANALYZE" : `ANALYZE "FactNaive"`);
  if (db.provider === "postgresql") await db.exec(`ANALYZE "FactPartyNaive"`);
}
