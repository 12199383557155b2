import { databaseProvider, getEnv, sqliteFilePath } from "../lib/env";
import { migrateSqlite, MigrationError } from "../lib/db/migrate";

const { DATABASE_URL } = getEnv();
try {
  if (databaseProvider(DATABASE_URL) !== "sqlite") throw new MigrationError(`unsupported DATABASE_URL "${DATABASE_URL}"`);
  const result = migrateSqlite(sqliteFilePath(DATABASE_URL));
  console.log(
    `migrations: ${result.applied.length} applied${result.applied.length ? ` (${result.applied.join(", ")})` : ""}, ${result.alreadyApplied.length} already applied`,
  );
} catch (err) {
  console.error(`db:migrate: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(err instanceof MigrationError ? 2 : 1);
}
