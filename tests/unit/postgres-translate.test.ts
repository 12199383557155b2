import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { translateMigration, translateSchema, TranslationError } from "@/lib/db/postgres-translate";
import { splitStatements } from "@/lib/db/sql-tokens";

describe("SQLite → PostgreSQL migration translation", () => {
  it("maps the column types and keeps names, strings and comments untouched", () => {
    const sqlite = `-- REAL comment stays\nCREATE TABLE "T" (\n  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n  "REAL" REAL,\n  "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  "note" TEXT DEFAULT 'REAL DATETIME'\n);\n`;
    expect(translateMigration(sqlite)).toBe(
      `-- REAL comment stays\nCREATE TABLE "T" (\n  "id" SERIAL NOT NULL PRIMARY KEY,\n  "REAL" DOUBLE PRECISION,\n  "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  "note" TEXT DEFAULT 'REAL DATETIME'\n);\n`,
    );
  });

  it("turns a row trigger into a PL/pgSQL function and trigger, CASE … END in the body included", () => {
    const sqlite = `CREATE TRIGGER "t_ai" AFTER UPDATE OF "a", "b" ON "T" FOR EACH ROW WHEN NEW."a" IS DISTINCT FROM OLD."a" BEGIN\n  UPDATE "U" SET "n" = "n" + CASE WHEN NEW."a" > 0 THEN 1 ELSE 0 END;\n  DELETE FROM "U" WHERE "n" = 0;\nEND;\n`;
    const pg = translateMigration(sqlite);
    expect(pg).toContain(`CREATE FUNCTION "t_ai_fn"() RETURNS trigger LANGUAGE plpgsql AS $fn$`);
    expect(pg).toContain(`UPDATE "U" SET "n" = "n" + CASE WHEN NEW."a" > 0 THEN 1 ELSE 0 END;\n  DELETE FROM "U" WHERE "n" = 0;\n  RETURN NULL;`);
    expect(pg).toContain(`CREATE TRIGGER "t_ai" AFTER UPDATE OF "a", "b" ON "T" FOR EACH ROW WHEN (NEW."a" IS DISTINCT FROM OLD."a") EXECUTE FUNCTION "t_ai_fn"();`);
  });

  it("a BEFORE DELETE trigger returns OLD so the row is still deleted", () => {
    const pg = translateMigration(`CREATE TRIGGER "t_bd" BEFORE DELETE ON "T" BEGIN DELETE FROM "U" WHERE "id" = OLD."id"; END;\n`);
    expect(pg).toContain("RETURN OLD;");
    expect(pg).toContain(`CREATE TRIGGER "t_bd" BEFORE DELETE ON "T" FOR EACH ROW EXECUTE FUNCTION "t_bd_fn"();`);
  });

  it("drops WITHOUT ROWID, and turns DROP TRIGGER into dropping the trigger on its table and its function", () => {
    expect(translateMigration(`CREATE TABLE "R" ("a" TEXT NOT NULL, PRIMARY KEY ("a")) WITHOUT ROWID;`)).toBe(`CREATE TABLE "R" ("a" TEXT NOT NULL, PRIMARY KEY ("a"));`);
    const triggers = new Map<string, string>();
    translateMigration(`CREATE TRIGGER "t_ai" AFTER INSERT ON "T" BEGIN DELETE FROM "U"; END;`, "first", triggers);
    expect(translateMigration(`DROP TRIGGER "t_ai";`, "second", triggers)).toBe(`DROP TRIGGER "t_ai" ON "T";\nDROP FUNCTION "t_ai_fn"();`);
    expect(() => translateMigration(`DROP TRIGGER "unknown";`, "third", triggers)).toThrow(/no earlier migration created it/);
  });

  it("rewrites the Monday-of-the-week and day-shift forms of date(), and nothing inside quotes or comments", () => {
    expect(translateMigration(`SELECT date(NEW."date", 'weekday 0', '-6 days'), date(t."day", '+6 days'), 'date(x)' -- date(y)\n;`)).toBe(
      `SELECT to_char(date_trunc('week', (NEW."date")::date), 'YYYY-MM-DD'), to_char((t."day")::date + 6, 'YYYY-MM-DD'), 'date(x)' -- date(y)\n;`,
    );
    expect(() => translateMigration(`SELECT date('now');`)).toThrow(/cannot translate date/);
  });

  it("refuses SQLite-only constructs by name rather than emitting SQL that fails later", () => {
    expect(() => translateMigration(`INSERT OR IGNORE INTO "T" VALUES (1);`)).toThrow(TranslationError);
    expect(() => translateMigration(`UPDATE "T" SET "d" = datetime('now');`)).toThrow(/SQLite-only function/);
    expect(() => translateMigration(`PRAGMA foreign_keys = OFF;`)).toThrow(/PRAGMA/);
  });

  it("splits statements at semicolons outside quotes", () => {
    expect(splitStatements(`SELECT ';'; -- a; comment\nSELECT "x;y";`)).toEqual([`SELECT ';'`, `-- a; comment\nSELECT "x;y"`]);
  });

  it("points the PostgreSQL schema at its own provider and client folder", () => {
    const schema = `generator client {\n  provider = "prisma-client"\n  output   = "../lib/db/generated/sqlite"\n}\n\ndatasource db {\n  provider = "sqlite"\n}\n`;
    const pg = translateSchema(schema, "/p/prisma", "/p/prisma/postgres");
    expect(pg).toContain(`output   = "../../lib/db/generated/postgres"`);
    expect(pg).toContain(`provider = "postgresql"`);
  });
});

describe("prisma/postgres", () => {
  it("is in step with prisma/schema.prisma and prisma/migrations (sync-postgres-schema --check)", () => {
    const run = spawnSync("node_modules/.bin/tsx", ["scripts/sync-postgres-schema.ts", "--check"], { encoding: "utf8" });
    expect(run.stderr + run.stdout).toMatch(/in step/);
    expect(run.status).toBe(0);
  });
});
