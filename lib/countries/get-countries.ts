import type { Db } from "../db/client";
import { sql } from "../db/sql";
import { factWhereSql } from "../facts/filter-sql";
import type { FactFilters } from "../facts/filters";
import { countryName } from "./country-names";

export interface CountryOption {
  code: string;
  name: string;
  facts: number;
}

export interface CountryList {
  countries: CountryOption[];
  /** When the newest matching fact was last written: "last updated" on every view. */
  lastUpdated: string | null;
}

/** Countries that appear in facts under the filters (in any role), with how many facts each. */
export async function getCountries(db: Db, filters: Omit<FactFilters, "country" | "role">): Promise<CountryList> {
  const where = factWhereSql(filters);
  const rows = await db.$queryRaw<{ code: string; facts: number | bigint }[]>(sql`
    SELECT p."country" AS "code", COUNT(DISTINCT p."factId") AS "facts"
    FROM "FactParty" p JOIN "Fact" f ON f."id" = p."factId"
    WHERE ${where}
    GROUP BY p."country"
    ORDER BY 2 DESC, 1`);
  const [latest] = await db.$queryRaw<{ lastUpdated: Date | string | null }[]>(
    sql`SELECT MAX(f."updatedAt") AS "lastUpdated" FROM "Fact" f WHERE ${where}`,
  );
  const last = latest?.lastUpdated ?? null;
  return {
    countries: rows.map((r) => ({ code: r.code, name: countryName(r.code), facts: Number(r.facts) })),
    lastUpdated: last === null ? null : new Date(last).toISOString(),
  };
}
