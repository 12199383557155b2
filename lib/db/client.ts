import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, getEnv, sqliteFilePath } from "../env";
import type { Provider } from "./dialect";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient } from "./generated/sqlite/client";

/**
 * The client callers see. Both generated clients come from the same models (prisma/postgres is
 * derived from prisma/schema.prisma), so the PostgreSQL one is used through the SQLite one's type
 * and no caller needs to know which database it talks to.
 */
export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { factboardDb?: Map<string, Db>; factboardDbProvider?: WeakMap<Db, Provider>; factboardDbUrl?: WeakMap<Db, string> };

/** Milliseconds the app's SQLite connection waits for a lock before SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 20;

/**
 * Readers and the one writer only run side by side in WAL mode (the migration runner sets it,
 * and it stays with the file); checked when the first client opens a file, switched on if an
 * older file lacks it, and a warning when the file cannot be switched (a read-only copy).
 */
function ensureWal(file: string) {
  const db = new Database(file, { timeout: 2000 });
  try {
    if (String(db.pragma("journal_mode", { simple: true })).toLowerCase() === "wal") return;
    if (String(db.pragma("journal_mode = WAL", { simple: true })).toLowerCase() !== "wal") {
      console.warn(`factboard: ${file} is not in WAL mode, so readers and writers will block each other`);
    }
  } finally {
    db.close();
  }
}

function withStatementTimeout(url: string, ms: number): string {
  const u = new URL(url);
  if (!u.searchParams.has("options")) u.searchParams.set("options", `-c statement_timeout=${ms}`);
  return u.toString();
}

function createClient(url: string): Db {
  if (databaseProvider(url) === "postgresql") {
    // The same time limit as the SQLite read pool's, enforced by the server on every statement
    // (as a startup option in the URL: PrismaPg misbehaved with statement_timeout in its config).
    const adapter = new PrismaPg({ connectionString: withStatementTimeout(url, getEnv().QUERY_TIMEOUT_MS) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const file = sqliteFilePath(url);
  ensureWal(file);
  // better-sqlite3 waits for a lock synchronously, on the event loop: a long busy timeout would
  // freeze every request. Writers wait asynchronously instead (lib/db/write-transaction.ts).
  const adapter = new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

/**
 * One Prisma client per database URL and process, kept on globalThis so Next's hot reload
 * does not open a new connection pool on every edit.
 */
export function getDb(url: string = getEnv().DATABASE_URL): Db {
  globalForDb.factboardDb ??= new Map();
  globalForDb.factboardDbProvider ??= new WeakMap();
  globalForDb.factboardDbUrl ??= new WeakMap();
  let db = globalForDb.factboardDb.get(url);
  if (!db) {
    db = createClient(url);
    globalForDb.factboardDb.set(url, db);
    globalForDb.factboardDbProvider.set(db, databaseProvider(url));
    globalForDb.factboardDbUrl.set(db, url);
  }
  return db;
}

/** Which database a client from getDb talks to, for the few SQL fragments that differ. */
export function providerOf(db: Db): Provider {
  const provider = globalForDb.factboardDbProvider?.get(db);
  if (!provider) throw new Error("providerOf: this client was not created by getDb(), so its database is unknown");
  return provider;
}

/** The URL a client from getDb talks to, for the driver-level connections exports open (lib/db/sqlite-rows.ts, lib/db/postgres-copy.ts). */
export function databaseUrlOf(db: Db): string {
  const url = globalForDb.factboardDbUrl?.get(db);
  if (!url) throw new Error("databaseUrlOf: this client was not created by getDb(), so its database is unknown");
  return url;
}

/** Lets a wrapper of a client from getDb (a Proxy that records queries, in the benchmark) be used like it. */
export function registerWrapper(wrapper: Db, of: Db): Db {
  globalForDb.factboardDbProvider?.set(wrapper, providerOf(of));
  globalForDb.factboardDbUrl?.set(wrapper, databaseUrlOf(of));
  return wrapper;
}

/** Disconnects and forgets the client of one URL (tests that drop their database). */
export async function closeDb(url: string): Promise<void> {
  const db = globalForDb.factboardDb?.get(url);
  if (!db) return;
  globalForDb.factboardDb?.delete(url);
  await db.$disconnect();
}
