import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { migrateSqlite, MIGRATIONS_DIR, MigrationError } from "@/lib/db/migrate";
import { readDeclaredColumns } from "@/lib/db/prisma-schema-columns";

const SQLITE_TYPES: Record<string, string> = { String: "TEXT", Int: "INTEGER", Float: "REAL", Boolean: "BOOLEAN", DateTime: "DATETIME" };

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factboard-migrate-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("SQL migrations", () => {
  it("produce exactly the columns schema.prisma declares (names, types, nullability)", () => {
    const file = path.join(tempDir(), "db.sqlite");
    migrateSqlite(file);
    const db = new Database(file, { readonly: true });
    const declared = readDeclaredColumns(path.join(process.cwd(), "prisma", "schema.prisma"));
    const tables = [...new Set(declared.map((c) => c.table))];
    const actual = tables.flatMap((table) =>
      (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; notnull: number; pk: number }[]).map((c) => ({
        table,
        column: c.name,
        type: c.type,
        nullable: c.notnull === 0 && c.pk === 0,
      })),
    );
    db.close();
    const expected = declared.map((c) => ({ table: c.table, column: c.column, type: SQLITE_TYPES[c.type], nullable: c.nullable }));
    const key = (c: { table: string; column: string }) => `${c.table}.${c.column}`;
    expect([...actual].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
    expect(tables.sort()).toEqual(["Fact", "FactEvidence", "FactParty", "FactRevision", "Feed", "FeedItem", "Place", "RateLimit", "Session", "Source", "User"]);
  });

  it("record what they applied and apply nothing twice", () => {
    const file = path.join(tempDir(), "db.sqlite");
    const first = migrateSqlite(file);
    expect(first.applied.length).toBeGreaterThan(0);
    const again = migrateSqlite(file);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toEqual(first.applied);
  });

  it("refresh the planner's statistics after a migration on a database that keeps them", () => {
    const dir = tempDir();
    const migrations = path.join(dir, "migrations");
    fs.cpSync(MIGRATIONS_DIR, migrations, { recursive: true });
    const file = path.join(dir, "db.sqlite");
    migrateSqlite(file, migrations);
    const db = new Database(file);
    db.exec(`INSERT INTO "Source" ("title", "publishedAt", "language", "text", "contentHash") VALUES ('t', '2023-09-13', 'en', 'x', 'h')`);
    db.exec("ANALYZE");
    db.close();
    fs.mkdirSync(path.join(migrations, "29990101000000_index"));
    fs.writeFileSync(path.join(migrations, "29990101000000_index", "migration.sql"), `CREATE INDEX "Source_title_idx" ON "Source"("title");\n`);
    migrateSqlite(file, migrations);
    const check = new Database(file, { readonly: true });
    const stats = check.prepare(`SELECT idx FROM sqlite_stat1 WHERE idx = 'Source_title_idx'`).all();
    check.close();
    // Without statistics SQLite's planner takes a new index for a very selective one.
    expect(stats).toHaveLength(1);
  });

  it("refuse a migration that changed after it was applied", () => {
    const dir = tempDir();
    const migrations = path.join(dir, "migrations");
    fs.cpSync(MIGRATIONS_DIR, migrations, { recursive: true });
    const file = path.join(dir, "db.sqlite");
    migrateSqlite(file, migrations);
    const [first] = fs.readdirSync(migrations).filter((n) => !n.endsWith(".toml")).sort();
    fs.appendFileSync(path.join(migrations, first!, "migration.sql"), "\n-- edited\n");
    expect(() => migrateSqlite(file, migrations)).toThrow(MigrationError);
    expect(() => migrateSqlite(file, migrations)).toThrow(/changed after it was applied/);
  });

  it("apply each migration in a transaction: a failing one leaves nothing behind", () => {
    const dir = tempDir();
    const migrations = path.join(dir, "migrations");
    fs.cpSync(MIGRATIONS_DIR, migrations, { recursive: true });
    fs.mkdirSync(path.join(migrations, "29990101000000_broken"));
    fs.writeFileSync(
      path.join(migrations, "29990101000000_broken", "migration.sql"),
      `CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "NoSuchTable" VALUES (1);\n`,
    );
    const file = path.join(dir, "db.sqlite");
    expect(() => migrateSqlite(file, migrations)).toThrow(/NoSuchTable/);
    const db = new Database(file, { readonly: true });
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name);
    const recorded = (db.prepare(`SELECT name FROM "_factboard_migrations"`).all() as { name: string }[]).map((r) => r.name);
    db.close();
    expect(tables).not.toContain("Half");
    expect(recorded).not.toContain("29990101000000_broken");
    expect(tables).toContain("Fact");
  });
});
