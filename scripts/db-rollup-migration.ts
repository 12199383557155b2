/**
 * Keeps the rollup migrations in step with lib/db/rollups/definitions.ts.
 *   npm run db:rollup-migration -- --check  exit 1 and name what differs (a test runs this check)
 *   npm run db:rollup-migration -- NAME     write prisma/migrations/<timestamp>_NAME that rebuilds the
 *                                           rollup tables and triggers from the definitions
 * Then `npm run db:sync-postgres` writes its PostgreSQL twin.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { rollupDrift } from "../lib/db/rollups/rollup-drift";
import { rollupRebuildMigrationSql } from "../lib/db/rollups/rollup-sql";

const MIGRATIONS = path.resolve("prisma/migrations");

const args = z
  .tuple([z.union([z.literal("--check"), z.string().regex(/^[a-z][a-z0-9_]*$/, "expected --check or a migration name in snake_case, e.g. rollup_by_region")])])
  .safeParse(process.argv.slice(2));
if (!args.success) {
  console.error(`db:rollup-migration: ${args.error.issues[0]?.message ?? "bad arguments"} (got ${JSON.stringify(process.argv.slice(2).join(" "))})`);
  process.exit(2);
}

const migrations = fs
  .readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({ name: d.name, sql: fs.readFileSync(path.join(MIGRATIONS, d.name, "migration.sql"), "utf8") }));
const drift = rollupDrift(migrations);
const [arg] = args.data;

if (arg === "--check") {
  if (drift.length) {
    for (const d of drift) console.error(`  ${d}`);
    console.error("The rollup migrations are out of step with lib/db/rollups/definitions.ts: run `npm run db:rollup-migration -- NAME`.");
    process.exit(1);
  }
  console.log("The rollup migrations match lib/db/rollups/definitions.ts.");
} else {
  if (!drift.length) console.log("Note: the definitions already match the migrations; writing a rebuild anyway.");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS, `${stamp}_${arg}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, "migration.sql"), rollupRebuildMigrationSql());
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql; now run npm run db:sync-postgres`);
}
