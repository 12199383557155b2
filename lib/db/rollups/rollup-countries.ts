import { join, sql, type Sql } from "../sql";

export interface RollupDayFilters {
  kind?: readonly string[];
  statuses: readonly string[];
  from?: string;
  to?: string;
}

/** Status, kind and day-range conditions over a day-level rollup table (FactRollupDay, …PartyDay). */
export function rollupDayFilterSql(filters: RollupDayFilters): Sql[] {
  const where: Sql[] = [sql`"status" IN (${join([...filters.statuses])})`];
  if (filters.kind?.length) where.push(sql`"kind" IN (${join([...filters.kind])})`);
  if (filters.from) where.push(sql`"day" >= ${filters.from}`);
  if (filters.to) where.push(sql`"day" <= ${filters.to}`);
  return where;
}

/**
 * How many facts involve each country (in any role) under kind, status and date filters, from
 * the party rollup: each fact is counted once per country it involves, as COUNT(DISTINCT factId)
 * over FactParty would, but over tens of thousands of rollup rows instead of millions of party rows.
 * For /api/countries (lib/countries/get-countries.ts) at scale.
 */
export function rollupCountryCountsSql(filters: RollupDayFilters): Sql {
  const where = [sql`"facts" > 0`, ...rollupDayFilterSql(filters)];
  return sql`SELECT "country" AS "code", SUM("facts") AS "facts" FROM "FactRollupPartyDay" WHERE ${join(where, " AND ")} GROUP BY "country" ORDER BY 2 DESC, 1`;
}
