import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { migratePostgres, migrateSqlite, POSTGRES_MIGRATIONS_DIR, MigrationError } from "@/lib/db/migrate";
import { readDeclaredColumns } from "@/lib/db/prisma-schema-columns";
import { createMigratedDatabase, TEST_PROVIDER, type TestDatabase } from "./test-database";

// Runs in the PostgreSQL pass of `npm test` (TEST_DATABASE_PROVIDER=postgresql).
const PG_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  Float: "double precision",
  Boolean: "boolean",
  DateTime: "timestamp without time zone",
};

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const databases: TestDatabase[] = [];
async function migratedDatabase(): Promise<TestDatabase> {
  const db = await createMigratedDatabase();
  databases.push(db);
  return db;
}
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
afterAll(async () => {
  for (const db of databases) await db.cleanup();
});

describe.runIf(TEST_PROVIDER === "postgresql")("PostgreSQL migrations", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedDatabase();
  });

  it("produce exactly the columns prisma/postgres/schema.prisma declares (names, types, nullability)", async () => {
    const declared = readDeclaredColumns(path.join(process.cwd(), "prisma", "postgres", "schema.prisma"));
    const tables = [...new Set(declared.map((c) => c.table))];
    const actual = await query<{ table: string; column: string; type: string; nullable: boolean }>(
      db.url,
      `SELECT table_name AS "table", column_name AS "column", data_type AS "type", is_nullable = 'YES' AS "nullable"
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ANY($1)`,
      [tables],
    );
    const expected = declared.map((c) => ({ table: c.table, column: c.column, type: PG_TYPES[c.type], nullable: c.nullable }));
    const key = (c: { table: string; column: string }) => `${c.table}.${c.column}`;
    expect([...actual].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
    expect(tables.length).toBeGreaterThanOrEqual(6);
  });

  it("create the same indexes and foreign keys as the SQLite migrations", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factboard-pgmig-"));
    dirs.push(dir);
    migrateSqlite(path.join(dir, "twin.db"));
    const sqlite = new Database(path.join(dir, "twin.db"), { readonly: true });
    const sqliteIndexes = (sqlite.prepare(`SELECT "name" FROM sqlite_master WHERE "type" = 'index' AND "sql" IS NOT NULL`).all() as { name: string }[]).map((i) => i.name).sort();
    sqlite.close();
    const pgIndexes = (await query<{ indexname: string }>(db.url, `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey'`)).map((i) => i.indexname).sort();
    expect(sqliteIndexes.length).toBeGreaterThan(5);
    expect(pgIndexes).toEqual(sqliteIndexes);
    const fks = await query<{ conname: string }>(db.url, `SELECT conname FROM pg_constraint WHERE contype = 'f'`);
    expect(fks.map((f) => f.conname)).toEqual(expect.arrayContaining(["Fact_placeId_fkey", "Fact_sourceId_fkey", "FactParty_factId_fkey"]));
  });

  it("record what they applied and apply nothing twice", async () => {
    const again = await migratePostgres(db.url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toEqual(fs.readdirSync(POSTGRES_MIGRATIONS_DIR).filter((n) => !n.endsWith(".toml")).sort());
  });

  it("refuse a migration that changed after it was applied", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factboard-pgmig-"));
    dirs.push(dir);
    fs.cpSync(POSTGRES_MIGRATIONS_DIR, dir, { recursive: true });
    const [first] = fs.readdirSync(dir).filter((n) => !n.endsWith(".toml")).sort();
    fs.appendFileSync(path.join(dir, first!, "migration.sql"), "\n-- edited\n");
    await expect(migratePostgres(db.url, dir)).rejects.toThrow(MigrationError);
    await expect(migratePostgres(db.url, dir)).rejects.toThrow(/changed after it was applied/);
  });

  it("apply each migration in a transaction: a failing one leaves nothing behind", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factboard-pgmig-"));
    dirs.push(dir);
    fs.cpSync(POSTGRES_MIGRATIONS_DIR, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, "29990101000000_broken"));
    fs.writeFileSync(path.join(dir, "29990101000000_broken", "migration.sql"), `CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "NoSuchTable" VALUES (1);\n`);
    await expect(migratePostgres(db.url, dir)).rejects.toThrow(/NoSuchTable/);
    const tables = (await query<{ tablename: string }>(db.url, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).map((t) => t.tablename);
    const recorded = (await query<{ name: string }>(db.url, `SELECT "name" FROM "_factboard_migrations"`)).map((r) => r.name);
    expect(tables).not.toContain("Half");
    expect(recorded).not.toContain("29990101000000_broken");
    expect(tables).toContain("Fact");
  });

  it("two starters at once apply each migration exactly once (advisory lock)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factboard-pgmig-"));
    dirs.push(dir);
    fs.cpSync(POSTGRES_MIGRATIONS_DIR, dir, { recursive: true });
    // A new, slow migration that both runners see as pending.
    fs.mkdirSync(path.join(dir, "29990101000001_slow"));
    fs.writeFileSync(path.join(dir, "29990101000001_slow", "migration.sql"), `SELECT pg_sleep(0.3);\nCREATE TABLE "Once" ("id" INTEGER PRIMARY KEY);\n`);
    const [a, b] = await Promise.all([migratePostgres(db.url, dir), migratePostgres(db.url, dir)]);
    expect([...a.applied, ...b.applied]).toEqual(["29990101000001_slow"]);
    const recorded = await query<{ n: string }>(db.url, `SELECT COUNT(*) AS n FROM "_factboard_migrations" WHERE "name" = '29990101000001_slow'`);
    expect(Number(recorded[0]!.n)).toBe(1);
  });
});
