import { databaseProvider, sqliteFilePath } from "../../lib/env";
import { migratePostgres, migrateSqlite } from "../../lib/db/migrate";
import { generateSources } from "./generate";
import { loadPostgres } from "./load-postgres";
import type { LoadResult } from "./load-result";
import { loadSqlite } from "./load-sqlite";
import type { SyntheticOptions } from "./synthetic-options";

/** Migrates the database if needed, then bulk-loads `facts` synthetic facts into it. */
export async function loadSynthetic(url: string, options: Omit<SyntheticOptions, "database">): Promise<LoadResult> {
  const sources = generateSources(options);
  if (databaseProvider(url) === "postgresql") {
    await migratePostgres(url);
    return loadPostgres(url, sources);
  }
  const file = sqliteFilePath(url);
  migrateSqlite(file);
  return loadSqlite(file, sources);
}
