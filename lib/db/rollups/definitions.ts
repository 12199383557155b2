/**
 * Rollup tables: the facts pre-aggregated per day (or month, or for all time) and per the
 * columns charts group and filter by, so a chart over a million facts reads thousands of rows.
 * Database triggers keep them in step with every insert, update and delete of a fact or of
 * its parties (migration 20260126020000_rollups), so no application code has to remember them.
 *
 * This file is the one description of them: the migration's SQL was generated from it
 * (rollup-sql.ts), the bulk loader rebuilds them with it, and getSeries reads them through it.
 */

import type { FactKind } from "../../kinds";
import type { PartyRole } from "../../kinds/kind-definition";

/** A metric as the rollups store it: summed per group, with how many rows stated it. */
export interface RollupMetric {
  /** The metric's name in METRICS (lib/series/metrics.ts). */
  metric: string;
  /** Column prefix in the rollup tables ("dronesShotDown", "dronesShotDownN"). */
  column: string;
  kind: FactKind;
  /** The value over the Fact row aliased f, exactly as METRICS defines it. */
  value: string;
  type: "INTEGER" | "REAL";
}

export const ROLLUP_METRICS: RollupMetric[] = [
  { metric: "injured", column: "injured", kind: "injury", value: `f."injured"`, type: "INTEGER" },
  { metric: "killed", column: "killed", kind: "injury", value: `f."killed"`, type: "INTEGER" },
  { metric: "serious", column: "serious", kind: "injury", value: `f."serious"`, type: "INTEGER" },
  { metric: "drones", column: "drones", kind: "drone", value: `f."count"`, type: "INTEGER" },
  { metric: "drones_shot_down", column: "dronesShotDown", kind: "drone", value: `CASE WHEN f."outcome" = 'shot_down' THEN f."count" END`, type: "INTEGER" },
  { metric: "drones_launched", column: "dronesLaunched", kind: "drone", value: `COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END)`, type: "INTEGER" },
  { metric: "drones_hit", column: "dronesHit", kind: "drone", value: `CASE WHEN f."outcome" = 'hit' THEN f."count" END`, type: "INTEGER" },
  { metric: "aid_eur", column: "aidEur", kind: "aid", value: `f."amountEur"`, type: "REAL" },
  { metric: "aid_amount", column: "aidAmount", kind: "aid", value: `f."amount"`, type: "REAL" },
  { metric: "aid_unconverted", column: "aidUnconverted", kind: "aid", value: `CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END`, type: "INTEGER" },
  { metric: "shelters", column: "shelters", kind: "shelter", value: `f."count"`, type: "INTEGER" },
];

/** A key column of a rollup table and how it is computed from a Fact row. */
export interface RollupKey {
  column: string;
  type: "TEXT" | "INTEGER";
  /** The value for the Fact row `alias` (NEW, OLD or f). Never NULL: NULLs would not collide in a unique key. */
  of: (alias: string) => string;
  /** The series dimension this column answers (by/split), if any; its '' reads back as NULL. */
  dimension?: string;
}

const column = (name: string, dimension?: string, nullable = true): RollupKey => ({
  column: name,
  type: "TEXT",
  of: (a) => (nullable ? `COALESCE(${a}."${name}", '')` : `${a}."${name}"`),
  dimension,
});

const DAY: RollupKey = { column: "day", type: "TEXT", of: (a) => `${a}."date"` };
const MONTH: RollupKey = { column: "day", type: "TEXT", of: (a) => `substr(${a}."date", 1, 7) || '-01'` };
/** The Monday of the ISO week (the expression dialect.ts uses for SQLite; translated for PostgreSQL). */
const WEEK: RollupKey = { column: "day", type: "TEXT", of: (a) => `date(${a}."date", 'weekday 0', '-6 days')` };
const YEAR: RollupKey = { column: "day", type: "TEXT", of: (a) => `substr(${a}."date", 1, 4) || '-01-01'` };
const KIND = column("kind", "kind", false);
const STATUS = column("status", "status", false);
const DIMENSIONS = [
  column("country", "country", false),
  column("attacker", "attacker"),
  column("claimant", "claimant"),
  column("outcome", "outcome"),
  column("donor", "donor"),
  column("recipient", "recipient"),
  column("category", "category"),
  column("currency", "currency"),
];
const PLACE: RollupKey = { column: "placeId", type: "INTEGER", of: (a) => `COALESCE(${a}."placeId", 0)`, dimension: "place" };

export type RollupPeriod = "day" | "week" | "month" | "year" | "all";

export interface RollupTable {
  name: string;
  /** day: one row per event day; week, month, year: per week (from Monday), month or year, day holding its first day; all: no time column. */
  period: RollupPeriod;
  keys: RollupKey[];
  /** Rows keyed by a party country and its roles (FactParty) instead of the fact alone. */
  party?: boolean;
  /** Secondary indexes, beside the primary key on `keys`. */
  indexes?: string[][];
}

// Keys in primary-key order: every query filters on kind and status (and a party country), so
// rows are stored clustered by them (WITHOUT ROWID in SQLite) and a chart reads one stretch.
export const ROLLUP_TABLES: RollupTable[] = [
  { name: "FactRollupDay", period: "day", keys: [KIND, STATUS, DAY] },
  { name: "FactRollupWeek", period: "week", keys: [KIND, STATUS, WEEK] },
  { name: "FactRollupDimDay", period: "day", keys: [KIND, STATUS, DAY, ...DIMENSIONS] },
  { name: "FactRollupDimWeek", period: "week", keys: [KIND, STATUS, WEEK, ...DIMENSIONS] },
  { name: "FactRollupDimMonth", period: "month", keys: [KIND, STATUS, MONTH, ...DIMENSIONS] },
  { name: "FactRollupDimYear", period: "year", keys: [KIND, STATUS, YEAR, ...DIMENSIONS] },
  { name: "FactRollupPlace", period: "all", keys: [KIND, STATUS, PLACE, column("country", "country", false)] },
  {
    name: "FactRollupPartyDay",
    period: "day",
    party: true,
    keys: [{ column: "country", type: "TEXT", of: () => `pm."country"` }, KIND, STATUS, DAY, { column: "roles", type: "INTEGER", of: () => `pm."roles"` }],
  },
];

/** Which roles each fact plays in each of its party countries, as the party rollup counted it. */
export const PARTY_ROLES_TABLE = "FactRollupPartyRoles";

/** Party roles as bits, so one party row per (fact, country) holds all the roles it plays. */
export const ROLE_BITS = { location: 1, attacker: 2, claimant: 4, donor: 8, recipient: 16 } as const satisfies Record<PartyRole, number>;

export function roleBitSql(alias: string): string {
  return `CASE ${alias}."role" ${Object.entries(ROLE_BITS).map(([role, bit]) => `WHEN '${role}' THEN ${bit}`).join(" ")} ELSE 32 END`;
}
