import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { databaseProvider, getEnv, sqliteFilePath } from "../env";
import { PrismaClient } from "./generated/sqlite/client";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { factboardDb?: Map<string, Db> };

function createClient(url: string): Db {
  if (databaseProvider(url) !== "sqlite") {
    throw new Error(`DATABASE_URL "${url}" names PostgreSQL, which this build does not support yet: use file:./data/factboard.db`);
  }
  const adapter = new PrismaBetterSqlite3({ url: sqliteFilePath(url) });
  return new PrismaClient({ adapter });
}

/**
 * One Prisma client per database URL and process, kept on globalThis so Next's hot reload
 * does not open a new connection pool on every edit.
 */
export function getDb(url: string = getEnv().DATABASE_URL): Db {
  globalForDb.factboardDb ??= new Map();
  let db = globalForDb.factboardDb.get(url);
  if (!db) {
    db = createClient(url);
    globalForDb.factboardDb.set(url, db);
  }
  return db;
}
