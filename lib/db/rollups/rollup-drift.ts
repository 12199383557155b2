import { ROLLUP_TABLES } from "./definitions";
import { createTableSql, triggersSql } from "./rollup-sql";

export interface MigrationText {
  name: string;
  sql: string;
}

/**
 * Where the rollups the migrations build differ from lib/db/rollups/definitions.ts: each table as
 * its newest CREATE TABLE made it, and the triggers as the newest migration that creates them.
 * Empty when they agree; otherwise a changed definition needs `npm run db:rollup-migration -- NAME`.
 */
export function rollupDrift(migrations: readonly MigrationText[]): string[] {
  const newestFirst = [...migrations].sort((a, b) => b.name.localeCompare(a.name));
  const problems: string[] = [];
  for (const table of ROLLUP_TABLES) {
    const created = newestFirst.find((m) => m.sql.includes(`CREATE TABLE "${table.name}" (`));
    if (!created) problems.push(`table ${table.name}: no migration creates it`);
    else if (!created.sql.includes(createTableSql(table))) problems.push(`table ${table.name}: ${created.name} creates it otherwise than definitions.ts says`);
  }
  const withTriggers = newestFirst.find((m) => m.sql.includes(`CREATE TRIGGER "Fact_rollup_insert"`));
  if (!withTriggers) problems.push("triggers: no migration creates them");
  else if (!withTriggers.sql.includes(triggersSql())) problems.push(`triggers: ${withTriggers.name} creates them otherwise than definitions.ts says`);
  return problems;
}
