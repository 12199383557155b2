import type Database from "better-sqlite3";
import type pg from "pg";
import { translateMigration } from "../postgres-translate";
import { PARTY_ROLES_TABLE, ROLLUP_TABLES } from "./definitions";
import { rebuildPartyRolesSql, rebuildTableSql, ROLLUP_TRIGGERS } from "./rollup-sql";

/** Every statement of a full rebuild, in order (the party roles first: the party rollup reads them). */
function rebuildStatements(): string[] {
  return [
    `DELETE FROM "${PARTY_ROLES_TABLE}"`,
    rebuildPartyRolesSql(),
    ...ROLLUP_TABLES.flatMap((t) => [`DELETE FROM "${t.name}"`, rebuildTableSql(t)]),
  ];
}

/**
 * For bulk loads: row-by-row trigger upkeep costs about six times the insert itself, so a
 * loader stops the rollup triggers, inserts, rebuilds every rollup in one GROUP BY pass and
 * starts the triggers again, all inside its one transaction (a failed load leaves both the
 * facts and the triggers as they were).
 */

export function rebuildRollupsSqlite(db: Database.Database): void {
  for (const statement of rebuildStatements()) db.exec(statement);
}

/** Drops the rollup triggers and returns a function that recreates them exactly as they were. */
export function suspendRollupTriggersSqlite(db: Database.Database): () => void {
  if (!db.inTransaction) throw new Error("suspend the rollup triggers inside a transaction, so they cannot stay dropped");
  const names = ROLLUP_TRIGGERS.map((t) => t.name);
  const saved = db
    .prepare(`SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'trigger' AND "name" IN (${names.map(() => "?").join(", ")})`)
    .all(...names) as { name: string; sql: string }[];
  if (saved.length !== names.length) throw new Error(`expected the ${names.length} rollup triggers, found ${saved.length}: is the database migrated?`);
  for (const t of saved) db.exec(`DROP TRIGGER "${t.name}"`);
  return () => {
    for (const t of saved) db.exec(t.sql);
  };
}

export async function rebuildRollupsPostgres(client: pg.Client): Promise<void> {
  // Written in SQLite's dialect, like the migrations, and translated the same way.
  for (const statement of rebuildStatements()) await client.query(translateMigration(`${statement.replace(/;\s*$/, "")};`, "rollup rebuild"));
}

/** Disables the rollup triggers for this transaction's work; the returned function enables them again. */
export async function suspendRollupTriggersPostgres(client: pg.Client): Promise<() => Promise<void>> {
  const alter = async (action: "DISABLE" | "ENABLE") => {
    for (const t of ROLLUP_TRIGGERS) await client.query(`ALTER TABLE "${t.table}" ${action} TRIGGER "${t.name}"`);
  };
  await alter("DISABLE");
  return () => alter("ENABLE");
}
