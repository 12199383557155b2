import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROLLUP_TABLES } from "@/lib/db/rollups/definitions";
import { rollupDrift } from "@/lib/db/rollups/rollup-drift";
import { rollupRebuildMigrationSql } from "@/lib/db/rollups/rollup-sql";

const dir = path.resolve("prisma/migrations");
const migrations = fs
  .readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({ name: d.name, sql: fs.readFileSync(path.join(dir, d.name, "migration.sql"), "utf8") }));

describe("rollup migrations and definitions.ts", () => {
  it("the migrations build the rollup tables and triggers the definitions describe", () => {
    expect(rollupDrift(migrations)).toEqual([]);
  });

  it("a trigger or table changed in a newer migration than the generator's is reported by name", () => {
    const week = ROLLUP_TABLES.find((t) => t.period === "week")!;
    const tampered = migrations.map((m) =>
      m.name.endsWith("_rollup_weeks") ? { ...m, sql: m.sql.replace(`CREATE TABLE "${week.name}" (`, `CREATE TABLE "${week.name}" (\n    "extra" TEXT,`).replace(`END;`, `  SELECT 1;\nEND;`) } : m,
    );
    const drift = rollupDrift(tampered);
    expect(drift).toContain(`table ${week.name}: 20260126050000_rollup_weeks creates it otherwise than definitions.ts says`);
    expect(drift).toContain("triggers: 20260126050000_rollup_weeks creates them otherwise than definitions.ts says");
  });

  it("a generated rebuild migration, added after the others, is itself in step", () => {
    expect(rollupDrift([...migrations, { name: "29991231000000_rebuild", sql: rollupRebuildMigrationSql() }])).toEqual([]);
  });
});

describe("a generated rebuild migration", () => {
  it("applies to a migrated database with facts and leaves every rollup row as it was", async () => {
    const { default: Database } = await import("better-sqlite3");
    const os = await import("node:os");
    const { migrateSqlite } = await import("@/lib/db/migrate");
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "factboard-rebuild-"));
    try {
      const file = path.join(folder, "db.sqlite");
      migrateSqlite(file);
      const db = new Database(file);
      const place = db.prepare(`INSERT INTO "Place" ("name", "country") VALUES ('Sevastopol', 'UA')`).run().lastInsertRowid;
      const source = db
        .prepare(`INSERT INTO "Source" ("title", "text", "publishedAt", "contentHash") VALUES ('t', 'x', '2023-09-13', 'h')`)
        .run().lastInsertRowid;
      const insertFact = db.prepare(
        `INSERT INTO "Fact" ("sourceId", "kind", "date", "status", "country", "placeId", "injured", "quote", "start", "end", "confidence", "createdAt", "updatedAt") VALUES (?, 'injury', ?, 'verified', 'UA', ?, ?, 'q', 0, 1, 1, '2023-09-13', '2023-09-13')`,
      );
      for (const [day, injured] of [["2023-09-13", 24], ["2023-09-20", 3], ["2024-01-02", 7]] as const) insertFact.run(source, day, place, injured);
      const snapshot = () => ROLLUP_TABLES.map((t) => db.prepare(`SELECT * FROM "${t.name}" ORDER BY 1, 2, 3`).all());
      const before = snapshot();
      db.exec(rollupRebuildMigrationSql());
      expect(snapshot()).toEqual(before);
      expect(before.some((rows) => rows.length > 0)).toBe(true);
      db.close();
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it("translates to PostgreSQL after the existing migrations", async () => {
    const { translateMigration } = await import("@/lib/db/postgres-translate");
    const triggers = new Map();
    for (const m of [...migrations].sort((a, b) => a.name.localeCompare(b.name))) translateMigration(m.sql, m.name, triggers);
    expect(translateMigration(rollupRebuildMigrationSql(), "rebuild", triggers)).toContain(`DROP TRIGGER IF EXISTS "Fact_rollup_insert" ON "Fact"`);
  });
});
