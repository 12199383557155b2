import { PARTY_ROLES_TABLE, ROLLUP_METRICS, ROLLUP_TABLES, roleBitSql, type RollupMetric, type RollupTable } from "./definitions";

/**
 * The SQL of the rollups: tables, triggers and a full rebuild, written once in the dialect
 * SQLite and PostgreSQL share (the PostgreSQL migration is translated from the SQLite one).
 *
 * Each rollup row holds facts (a count), minId (the smallest fact id, a chart's example), and
 * per metric its sum and how many facts stated it (sum/N), so a group where no fact states a
 * number reads NULL, as SUM over the facts would. Rows whose facts drop to 0 are kept (readers
 * skip them) so the triggers never delete rollup rows.
 *
 * The triggers hold for one row at a time (SQLite) and for many rows per statement whose row
 * triggers run after the whole statement (PostgreSQL): they change rollups by the OLD and NEW
 * values of the row itself, and recompute a group's smallest id from the tables' current state.
 */

const q = (name: string) => `"${name}"`;

/** The metric's value for the Fact row `alias`, NULL for other kinds' facts (as metricSql does). */
export function metricValue(m: RollupMetric, alias: string): string {
  return `CASE WHEN ${alias}."kind" = '${m.kind}' THEN ${m.value.replaceAll('f."', `${alias}."`)} END`;
}
const sumOf = (m: RollupMetric, alias: string) => `COALESCE(${metricValue(m, alias)}, 0)`;
const countOf = (m: RollupMetric, alias: string) => `CASE WHEN ${metricValue(m, alias)} IS NOT NULL THEN 1 ELSE 0 END`;

const VALUE_COLUMNS = ["facts", "minId", ...ROLLUP_METRICS.flatMap((m) => [m.column, `${m.column}N`])];
const isPartyKey = (t: RollupTable, column: string) => Boolean(t.party) && (column === "country" || column === "roles");
/** Key columns that come from the Fact row itself (all of them, except a party table's country and roles). */
const factKeys = (t: RollupTable) => t.keys.filter((k) => !isPartyKey(t, k.column));

export function createTableSql(t: RollupTable): string {
  const keys = t.keys.map((k) => `    ${q(k.column)} ${k.type} NOT NULL`);
  const values = [
    `    "facts" INTEGER NOT NULL`,
    `    "minId" INTEGER`,
    ...ROLLUP_METRICS.flatMap((m) => [`    ${q(m.column)} ${m.type} NOT NULL DEFAULT 0`, `    ${q(`${m.column}N`)} INTEGER NOT NULL DEFAULT 0`]),
  ];
  return `CREATE TABLE ${q(t.name)} (\n${[...keys, ...values].join(",\n")},\n    PRIMARY KEY (${t.keys.map((k) => q(k.column)).join(", ")})\n) WITHOUT ROWID;`;
}

export function indexesSql(t: RollupTable): string[] {
  return (t.indexes ?? []).map((cols) => `CREATE INDEX ${q(`${t.name}_${cols.join("_")}_idx`)} ON ${q(t.name)}(${cols.map(q).join(", ")});`);
}

const insertHead = (t: RollupTable) => `INSERT INTO ${q(t.name)} (${[...t.keys.map((k) => k.column), ...VALUE_COLUMNS].map(q).join(", ")})`;
const contributions = (alias: string) => ["1", `${alias}."id"`, ...ROLLUP_METRICS.flatMap((m) => [sumOf(m, alias), countOf(m, alias)])];

/** ON CONFLICT clause that adds the inserted contribution to an existing row. */
function addOnConflict(t: RollupTable): string {
  const T = q(t.name);
  const sets = [
    `"facts" = ${T}."facts" + excluded."facts"`,
    `"minId" = CASE WHEN ${T}."minId" IS NULL OR excluded."minId" < ${T}."minId" THEN excluded."minId" ELSE ${T}."minId" END`,
    ...ROLLUP_METRICS.flatMap((m) => [`${q(m.column)} = ${T}.${q(m.column)} + excluded.${q(m.column)}`, `${q(`${m.column}N`)} = ${T}.${q(`${m.column}N`)} + excluded.${q(`${m.column}N`)}`]),
  ];
  return `ON CONFLICT (${t.keys.map((k) => q(k.column)).join(", ")}) DO UPDATE SET\n    ${sets.join(",\n    ")}`;
}

/** SET list taking one fact's contribution away (a sum resets to exactly 0 when no fact states it any more). */
function subtractSets(t: RollupTable, alias: string): string {
  const T = q(t.name);
  return [
    `"facts" = ${T}."facts" - 1`,
    ...ROLLUP_METRICS.flatMap((m) => {
      const sum = q(m.column);
      const n = q(`${m.column}N`);
      return [`${sum} = CASE WHEN ${T}.${n} - ${countOf(m, alias)} = 0 THEN 0 ELSE ${T}.${sum} - ${sumOf(m, alias)} END`, `${n} = ${T}.${n} - ${countOf(m, alias)}`];
    }),
  ].join(",\n    ");
}

/** Does Fact row g belong to rollup row T now? (To find a group's next smallest id.) */
function belongsSql(t: RollupTable): string {
  const T = q(t.name);
  const conditions = factKeys(t).map((k) => {
    if (k.column === "day") {
      if (t.period === "month") return `g."date" >= ${T}."day" AND g."date" <= substr(${T}."day", 1, 7) || '-31'`;
      if (t.period === "year") return `g."date" >= ${T}."day" AND g."date" <= substr(${T}."day", 1, 4) || '-12-31'`;
      if (t.period === "week") return `g."date" >= ${T}."day" AND g."date" <= date(${T}."day", '+6 days')`;
      return `g."date" = ${T}."day"`;
    }
    // Either branch can use the placeId index; COALESCE(g.placeId, 0) could not.
    if (k.column === "placeId") return `(g."placeId" = ${T}."placeId" OR (${T}."placeId" = 0 AND g."placeId" IS NULL))`;
    return `${k.of("g")} = ${T}.${q(k.column)}`;
  });
  if (t.party) conditions.push(`EXISTS (SELECT 1 FROM ${q(PARTY_ROLES_TABLE)} m WHERE m."factId" = g."id" AND m."country" = ${T}."country" AND m."roles" = ${T}."roles")`);
  return conditions.join(" AND ");
}

/**
 * Groups (matching `where`) whose example was fact `id` get their next smallest id; `left`
 * excludes the fact itself where it is still in the tables but has left the group.
 */
function fixMinIdSql(t: RollupTable, id: string, where: string, left = false): string {
  const T = q(t.name);
  return `UPDATE ${T} SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE ${belongsSql(t)}${left ? ` AND g."id" <> ${id}` : ""})\nWHERE ${T}."minId" = ${id} AND ${where};`;
}

/** The rollup row of Fact row `alias`, for the keys that come from the fact. */
const factKeyMatch = (t: RollupTable, alias: string) => factKeys(t).map((k) => `${q(t.name)}.${q(k.column)} = ${k.of(alias)}`).join(" AND ");

// ---- Tables keyed by the fact alone ----

function addFactSql(t: RollupTable): string {
  return `${insertHead(t)}\nVALUES (${[...t.keys.map((k) => k.of("NEW")), ...contributions("NEW")].join(", ")})\n${addOnConflict(t)};`;
}
function removeFactSql(t: RollupTable): string {
  return `UPDATE ${q(t.name)} SET\n    ${subtractSets(t, "OLD")}\nWHERE ${factKeyMatch(t, "OLD")};\n${fixMinIdSql(t, 'OLD."id"', factKeyMatch(t, "OLD"))}`;
}

// ---- The party table: one row per (fact, party country) with the roles it plays there ----
// Which roles a fact plays in a country is kept in PARTY_ROLES_TABLE as the rollup last counted
// it, so a trigger can move the fact from where it was counted to where it belongs now, however
// many party rows one statement changed.

const PR = q(PARTY_ROLES_TABLE);
const storedRoles = (fact: string, country: string) => `COALESCE((SELECT m."roles" FROM ${PR} m WHERE m."factId" = ${fact} AND m."country" = ${country}), 0)`;
const currentRoles = (fact: string, country: string) => `COALESCE((SELECT SUM(${roleBitSql("r")}) FROM "FactParty" r WHERE r."factId" = ${fact} AND r."country" = ${country}), 0)`;

/** Fact row `alias` added under every party country it is counted in. */
function addPartiesOfFactSql(t: RollupTable, alias: string): string {
  const keys = t.keys.map((k) => (isPartyKey(t, k.column) ? `m.${q(k.column)}` : k.of(alias)));
  return `${insertHead(t)}\nSELECT ${[...keys, ...contributions(alias)].join(", ")}\nFROM ${PR} m WHERE m."factId" = ${alias}."id"\n${addOnConflict(t)};`;
}
/** Fact row `alias` taken away from under every party country it is counted in. */
function removePartiesOfFactSql(t: RollupTable, alias: string, left: boolean): string {
  const T = q(t.name);
  return [
    `UPDATE ${T} SET\n    ${subtractSets(t, alias)}\nFROM ${PR} m\nWHERE m."factId" = ${alias}."id" AND ${factKeyMatch(t, alias)} AND ${T}."country" = m."country" AND ${T}."roles" = m."roles";`,
    fixMinIdSql(t, `${alias}."id"`, factKeyMatch(t, alias), left),
  ].join("\n");
}

/**
 * Fact `fact` under country `country`: if the roles it plays there now differ from those it is
 * counted with, move it (values from its Fact row) and record the new roles.
 */
function syncPartySql(t: RollupTable, fact: string, country: string): string {
  const T = q(t.name);
  const stored = storedRoles(fact, country);
  const current = currentRoles(fact, country);
  const fKeys = factKeys(t);
  const keysOf = (alias: string) => fKeys.map((k) => `${T}.${q(k.column)} = ${k.of(alias)}`).join(" AND ");
  return [
    `UPDATE ${T} SET\n    ${subtractSets(t, "f")}\nFROM "Fact" f\nWHERE f."id" = ${fact} AND ${keysOf("f")} AND ${T}."country" = ${country} AND ${T}."roles" = ${stored} AND ${stored} <> ${current};`,
    `${insertHead(t)}\nSELECT ${[...t.keys.map((k) => (k.column === "country" ? country : k.column === "roles" ? current : k.of("f"))), ...contributions("f")].join(", ")}\nFROM "Fact" f WHERE f."id" = ${fact} AND ${current} > 0 AND ${current} <> ${stored}\n${addOnConflict(t)};`,
    fixMinIdSql(t, fact, `${T}."country" = ${country} AND ${T}."roles" <> ${current} AND ${fKeys.map((k) => `${T}.${q(k.column)} = (SELECT ${k.of("f")} FROM "Fact" f WHERE f."id" = ${fact})`).join(" AND ")}`, true),
    `DELETE FROM ${PR} WHERE "factId" = ${fact} AND "country" = ${country} AND ${current} = 0;`,
    `INSERT INTO ${PR} ("factId", "country", "roles")\nSELECT ${fact}, ${country}, ${current} WHERE ${current} > 0 AND EXISTS (SELECT 1 FROM "Fact" f WHERE f."id" = ${fact})\nON CONFLICT ("factId", "country") DO UPDATE SET "roles" = excluded."roles";`,
  ].join("\n");
}

/** The rollup triggers and their tables (a bulk load stops them and rebuilds the rollups once). */
export const ROLLUP_TRIGGERS = [
  { name: "Fact_rollup_insert", table: "Fact" },
  { name: "Fact_rollup_update", table: "Fact" },
  { name: "Fact_rollup_party_delete", table: "Fact" },
  { name: "Fact_rollup_delete", table: "Fact" },
  { name: "FactParty_rollup_insert", table: "FactParty" },
  { name: "FactParty_rollup_delete", table: "FactParty" },
  { name: "FactParty_rollup_update", table: "FactParty" },
] as const;

/** The trigger columns: a fact moves between groups only when one of these changes. */
const WATCHED = ["kind", "date", "status", "country", "placeId", "injured", "killed", "serious", "attacker", "count", "launched", "outcome", "claimant", "amount", "currency", "amountEur", "donor", "recipient", "category"];

const trigger = (name: (typeof ROLLUP_TRIGGERS)[number]["name"], timing: string, body: string[]) => `CREATE TRIGGER "${name}" ${timing} BEGIN\n${body.join("\n")}\nEND;`;

/** Every trigger that keeps the rollups in step, in SQLite syntax. */
export function triggersSql(): string {
  const factTables = ROLLUP_TABLES.filter((t) => !t.party);
  const party = ROLLUP_TABLES.find((t) => t.party)!;
  return [
    // A new fact has no party rows yet: they arrive after it and count it under their countries.
    trigger("Fact_rollup_insert", `AFTER INSERT ON "Fact" FOR EACH ROW`, factTables.map(addFactSql)),
    trigger("Fact_rollup_update", `AFTER UPDATE OF ${WATCHED.map(q).join(", ")} ON "Fact" FOR EACH ROW`, [
      ...factTables.map(removeFactSql),
      ...factTables.map(addFactSql),
      removePartiesOfFactSql(party, "OLD", false),
      addPartiesOfFactSql(party, "NEW"),
    ]),
    // Before the row goes: its party rows (deleted by ON DELETE CASCADE afterwards) still say where it was counted.
    trigger("Fact_rollup_party_delete", `BEFORE DELETE ON "Fact" FOR EACH ROW`, [removePartiesOfFactSql(party, "OLD", true), `DELETE FROM ${PR} WHERE "factId" = OLD."id";`]),
    trigger("Fact_rollup_delete", `AFTER DELETE ON "Fact" FOR EACH ROW`, factTables.map(removeFactSql)),
    trigger("FactParty_rollup_insert", `AFTER INSERT ON "FactParty" FOR EACH ROW`, [syncPartySql(party, `NEW."factId"`, `NEW."country"`)]),
    trigger("FactParty_rollup_delete", `AFTER DELETE ON "FactParty" FOR EACH ROW`, [syncPartySql(party, `OLD."factId"`, `OLD."country"`)]),
    trigger("FactParty_rollup_update", `AFTER UPDATE ON "FactParty" FOR EACH ROW`, [syncPartySql(party, `OLD."factId"`, `OLD."country"`), syncPartySql(party, `NEW."factId"`, `NEW."country"`)]),
  ].join("\n\n");
}

export function createPartyRolesTableSql(): string {
  return `CREATE TABLE ${PR} (\n    "factId" INTEGER NOT NULL,\n    "country" TEXT NOT NULL,\n    "roles" INTEGER NOT NULL,\n    PRIMARY KEY ("factId", "country")\n);`;
}

/** The roles every fact plays in every party country, from FactParty. */
export function partyRolesSelectSql(): string {
  return `SELECT r."factId" AS "factId", r."country" AS "country", SUM(${roleBitSql("r")}) AS "roles" FROM "FactParty" r GROUP BY r."factId", r."country"`;
}

/** One rollup table's rows computed from the facts by GROUP BY (what the triggers must keep equal to). */
export function rollupSelectSql(t: RollupTable): string {
  const aggregates = [`COUNT(*) AS "facts"`, `MIN(f."id") AS "minId"`, ...ROLLUP_METRICS.flatMap((m) => [`SUM(${sumOf(m, "f")}) AS ${q(m.column)}`, `SUM(${countOf(m, "f")}) AS ${q(`${m.column}N`)}`])];
  const keys = t.keys.map((k) => (isPartyKey(t, k.column) ? `pm.${q(k.column)}` : k.of("f")));
  const select = [...keys.map((k, i) => `${k} AS ${q(t.keys[i]!.column)}`), ...aggregates].join(", ");
  const from = t.party ? `(${partyRolesSelectSql()}) pm\nJOIN "Fact" f ON f."id" = pm."factId"` : `"Fact" f`;
  return `SELECT ${select}\nFROM ${from}\nGROUP BY ${keys.join(", ")}`;
}

/** Fills one rollup table from the facts in one pass (the migration's backfill, the bulk loader's rebuild). */
export function rebuildTableSql(t: RollupTable): string {
  return `${insertHead(t)}\n${rollupSelectSql(t)};`;
}

export function rebuildPartyRolesSql(): string {
  return `INSERT INTO ${PR} ("factId", "country", "roles")\n${partyRolesSelectSql()};`;
}

/**
 * A migration that rebuilds every rollup table from the facts and creates the triggers anew, from
 * the definitions as they are now. `npm run db:rollup-migration -- NAME` writes it when
 * definitions.ts changes; earlier rollup migrations were written the same way from the
 * definitions of their day (their headers name the generator of that time).
 */
export function rollupRebuildMigrationSql(): string {
  return (
    [
      [
        "-- Rollup tables rebuilt from the facts, and the rollup triggers again, from lib/db/rollups/definitions.ts.",
        "-- Generated by `npm run db:rollup-migration` (lib/db/rollups/rollup-sql.ts); never edited once applied.",
      ].join("\n"),
      ...ROLLUP_TABLES.flatMap((t) => [`DROP TABLE IF EXISTS "${t.name}";`, createTableSql(t), ...indexesSql(t), rebuildTableSql(t)]),
      ROLLUP_TRIGGERS.map((t) => `DROP TRIGGER IF EXISTS "${t.name}";`).join("\n"),
      triggersSql(),
    ].join("\n\n") + "\n"
  );
}
