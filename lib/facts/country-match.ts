import { providerOf, type Db } from "../db/client";
import { rollupDayFilterSql } from "../db/rollups/rollup-countries";
import { join, sql, type Sql } from "../db/sql";
import type { CountryMatchChoice } from "./filter-sql";
import { effectiveStatuses, type FactFilters } from "./filters";

// A FactParty primary-key probe costs about twice as much per fact as reading an id from the list.
const PROBE_COST = 2;

/**
 * Picks how a page of facts should apply the country filter, from the rollup counts (a few
 * milliseconds): "list" costs about the country's fact count (they are all collected and sorted),
 * "probe" about the facts walked until a page is full, which is the page size over the country's
 * share of the facts. With UA in most facts, a first page of "injuries in Ukraine" at a million
 * facts takes 1.3 s by list and milliseconds by probe; for Romania it is the other way round.
 * Role is left out of the estimate: it only narrows the country's count, so "list" stays safe.
 */
export async function chooseCountryMatch(db: Db, filters: FactFilters, pageSize: number): Promise<CountryMatchChoice | undefined> {
  if (!filters.country?.length) return undefined;
  const provider = providerOf(db);
  const dayFilters = rollupDayFilterSql({ ...filters, statuses: effectiveStatuses(filters) });
  const where = (extra: Sql[]) => join([...dayFilters, ...extra], " AND ");
  const [counts] = await db.$queryRaw<{ country: number | bigint | null; total: number | bigint | null }[]>(sql`
    SELECT
      (SELECT SUM("facts") FROM "FactRollupPartyDay" WHERE ${where([sql`"country" IN (${join(filters.country)})`])}) AS "country",
      (SELECT SUM("facts") FROM "FactRollupDay" WHERE ${where([])}) AS "total"`);
  const country = Number(counts?.country ?? 0);
  const total = Number(counts?.total ?? 0);
  const probeCost = country === 0 ? Infinity : (PROBE_COST * (pageSize + 1) * total) / country;
  return { match: probeCost < country ? "probe" : "list", provider };
}
