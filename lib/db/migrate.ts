import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

/**
 * Applies the SQL migrations in Prisma's layout (prisma/migrations/<stamp>_<name>/migration.sql)
 * in name order, each in its own transaction, recording name and checksum. A migration whose
 * file changed after it was applied is refused: the database and the files would disagree.
 */

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
/** The PostgreSQL twins, generated from MIGRATIONS_DIR by scripts/sync-postgres-schema.ts. */
export const POSTGRES_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "postgres", "migrations");

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {}

export function readMigrations(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

function changedAfterApplied(m: MigrationFile, recorded: string): MigrationError {
  return new MigrationError(
    `migration ${m.name} was changed after it was applied (checksum ${recorded.slice(0, 12)}… now ${m.checksum.slice(0, 12)}…): add a new migration instead of editing an applied one`,
  );
}

export function migrateSqlite(file: string, dir: string = MIGRATIONS_DIR): MigrationResult {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.exec(`CREATE TABLE IF NOT EXISTS "_factboard_migrations" (
      "name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`);
    const done = new Map(
      (db.prepare(`SELECT name, checksum FROM "_factboard_migrations"`).all() as { name: string; checksum: string }[]).map(
        (r) => [r.name, r.checksum],
      ),
    );
    const result: MigrationResult = { applied: [], alreadyApplied: [] };
    for (const m of readMigrations(dir)) {
      const recorded = done.get(m.name);
      if (recorded !== undefined) {
        if (recorded !== m.checksum) {
          throw changedAfterApplied(m, recorded);
        }
        result.alreadyApplied.push(m.name);
        continue;
      }
      db.transaction(() => {
        db.exec(m.sql);
        db.prepare(`INSERT INTO "_factboard_migrations" (name, checksum, appliedAt) VALUES (?, ?, ?)`).run(
          m.name,
          m.checksum,
          new Date().toISOString(),
        );
      })();
      result.applied.push(m.name);
    }
    refreshPlannerStatistics(db, result);
    return result;
  } finally {
    db.close();
  }
}

/**
 * A database whose tables were ANALYZEd (the bulk loader does it) has no statistics for an
 * index a migration then adds, and SQLite's planner takes an index without statistics for a
 * very selective one: after (status, updatedAt) arrived, the first page of facts sorted a
 * million rows instead of reading (status, date, id) in order (11 ms → 670 ms). So statistics
 * are refreshed after any migration on a database that keeps them. PostgreSQL's planner keeps
 * statistics per column, which a new index does not change.
 */
function refreshPlannerStatistics(db: Database.Database, result: MigrationResult): void {
  if (result.applied.length === 0) return;
  const analyzed = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'`).get();
  if (analyzed) db.exec("ANALYZE");
}

// Any fixed number: every migrating process takes the same session lock, so two servers
// starting at once apply each migration once instead of racing on CREATE TABLE.
const MIGRATION_LOCK = 4_424_242;

/**
 * The same runner for PostgreSQL: same bookkeeping table and checksums, one transaction per
 * migration, under an advisory lock held for the whole run.
 */
export async function migratePostgres(url: string, dir: string = POSTGRES_MIGRATIONS_DIR): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET client_min_messages = warning");
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_factboard_migrations" (
      "name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`);
    const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT "name", "checksum" FROM "_factboard_migrations"`);
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    const result: MigrationResult = { applied: [], alreadyApplied: [] };
    for (const m of readMigrations(dir)) {
      const recorded = done.get(m.name);
      if (recorded !== undefined) {
        if (recorded !== m.checksum) throw changedAfterApplied(m, recorded);
        result.alreadyApplied.push(m.name);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO "_factboard_migrations" ("name", "checksum", "appliedAt") VALUES ($1, $2, $3)`, [
          m.name,
          m.checksum,
          new Date().toISOString(),
        ]);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw err;
      }
      result.applied.push(m.name);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock_all()").catch(() => undefined);
    await client.end();
  }
}
