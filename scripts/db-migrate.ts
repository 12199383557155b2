import { databaseProvider, getEnv, sqliteFilePath } from "../lib/env";
import { migratePostgres, migrateSqlite, MigrationError } from "../lib/db/migrate";

// DATABASE_URL decides: file:… → SQLite migrations, postgresql://… → their PostgreSQL twins.
const { DATABASE_URL } = getEnv();
try {
  const result =
    databaseProvider(DATABASE_URL) === "postgresql" ? await migratePostgres(DATABASE_URL) : migrateSqlite(sqliteFilePath(DATABASE_URL));
  console.log(
    `migrations: ${result.applied.length} applied${result.applied.length ? ` (${result.applied.join(", ")})` : ""}, ${result.alreadyApplied.length} already applied`,
  );
} catch (err) {
  console.error(`db:migrate: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(err instanceof MigrationError ? 2 : 1);
}
