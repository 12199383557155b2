import type { Db } from "../db/client";
import { rollupCountryCountsSql } from "../db/rollups/rollup-countries";
import { join, sql, type Sql } from "../db/sql";
import { factWhereSql } from "../facts/filter-sql";
import { effectiveStatuses, type FactFilters } from "../facts/filters";
import type { CountryListResponse } from "./country-list-contract";
import { countryName } from "./country-names";

/** lastUpdated: when a fact of the statuses shown was last written ("last updated" on every view). */
export type CountryList = CountryListResponse;
export type CountryOption = CountryList["countries"][number];

export type CountryFilters = Omit<FactFilters, "country" | "role">;

/** The same counts from the facts themselves: a million party rows at scale, so only for checking the rollup. */
function factCountryCountsSql(where: Sql): Sql {
  return sql`
    SELECT p."country" AS "code", COUNT(DISTINCT p."factId") AS "facts"
    FROM "FactParty" p JOIN "Fact" f ON f."id" = p."factId"
    WHERE ${where}
    GROUP BY p."country"
    ORDER BY 2 DESC, 1`;
}

/**
 * When a fact of these statuses was last written. Deliberately not narrowed by kind, country or
 * date: "last updated" says how fresh the data is, and per status it is one probe of the
 * (status, updatedAt) index, where the narrowed MAX read every matching fact (1 s at a million).
 */
function lastUpdatedSql(statuses: readonly string[]): Sql {
  const perStatus = statuses.map((s) => sql`SELECT MAX("updatedAt") AS "at" FROM "Fact" WHERE "status" = ${s}`);
  return sql`SELECT MAX("at") AS "lastUpdated" FROM (${join(perStatus, " UNION ALL ")}) latest`;
}

/**
 * Countries that appear in facts under the filters (in any role), with how many facts each.
 * Counted from the party rollup, which triggers keep in step with every write; `source: "facts"`
 * counts from the fact table instead (the consistency test compares the two).
 */
export async function getCountries(db: Db, filters: CountryFilters, options: { source?: "rollups" | "facts" } = {}): Promise<CountryList> {
  const countsSql = options.source === "facts" ? factCountryCountsSql(factWhereSql(filters)) : rollupCountryCountsSql({ ...filters, statuses: effectiveStatuses(filters) });
  const rows = await db.$queryRaw<{ code: string; facts: number | bigint }[]>(countsSql);
  const [latest] = await db.$queryRaw<{ lastUpdated: Date | string | null }[]>(lastUpdatedSql(effectiveStatuses(filters)));
  const last = latest?.lastUpdated ?? null;
  return {
    countries: rows.map((r) => ({ code: r.code, name: countryName(r.code), facts: Number(r.facts) })),
    lastUpdated: last === null ? null : new Date(last).toISOString(),
  };
}
