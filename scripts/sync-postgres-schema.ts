/**
 * Keeps prisma/postgres (schema.prisma and migrations) in step with the SQLite originals.
 *   npm run db:sync-postgres            rewrite prisma/postgres from prisma/schema.prisma + prisma/migrations,
 *                                       then regenerate the PostgreSQL client if anything changed
 *   npm run db:sync-postgres -- --check exit 1 and list the differences instead of writing
 */
import { spawnSync } from "node:child_process";
import { z } from "zod";
import { postgresDifferences, writePostgresFiles } from "../lib/db/postgres-sync";
import { TranslationError } from "../lib/db/postgres-translate";

const args = z.array(z.enum(["--check"], { error: (iss) => `unknown argument ${String(iss.input)}: expected --check or nothing` })).max(1).safeParse(process.argv.slice(2));
if (!args.success) {
  console.error(`sync-postgres-schema: ${args.error.issues[0]?.message}`);
  process.exit(2);
}
const check = args.data.includes("--check");

try {
  if (check) {
    const differences = postgresDifferences();
    if (differences.length) {
      for (const d of differences) console.error(`  ${d.problem}: ${d.file}`);
      console.error("prisma/postgres is out of step with the SQLite schema/migrations: run `npm run db:sync-postgres` and commit the result.");
      process.exit(1);
    }
    console.log("prisma/postgres is in step with prisma/schema.prisma and prisma/migrations.");
  } else {
    const changed = writePostgresFiles();
    console.log(changed.length ? changed.map((d) => `${d.problem === "stale" ? "removed" : "wrote"} ${d.file}`).join("\n") : "prisma/postgres already in step.");
    if (changed.some((d) => d.file.endsWith("schema.prisma"))) {
      const generate = spawnSync("node_modules/.bin/prisma", ["generate", "--schema", "prisma/postgres/schema.prisma"], { stdio: "inherit" });
      process.exit(generate.status ?? 1);
    }
  }
} catch (err) {
  if (err instanceof TranslationError) {
    console.error(`sync-postgres-schema: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
