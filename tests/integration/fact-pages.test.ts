import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, providerOf, type Db } from "@/lib/db/client";
import { sql } from "@/lib/db/sql";
import { chooseCountryMatch } from "@/lib/facts/country-match";
import { FACT_ROW_FROM } from "@/lib/facts/fact-row";
import { factWhereSql, type CountryMatch } from "@/lib/facts/filter-sql";
import type { FactFilters } from "@/lib/facts/filters";
import { getFactPage } from "@/lib/facts/get-facts";
import { loadSynthetic } from "@/lib/synthetic/load-synthetic";
import { createMigratedDatabase, type TestDatabase } from "./test-database";

/**
 * Paging by cursor must list exactly the facts one unpaged query lists, in the same order,
 * whichever way the country filter is applied (listed ids or a probe per fact).
 */

let tdb: TestDatabase;
let db: Db;
beforeAll(async () => {
  tdb = await createMigratedDatabase();
  db = getDb(tdb.url);
  await loadSynthetic(tdb.url, { facts: 2500, seed: 11, from: "2023-01-01", to: "2024-06-30" });
}, 120_000);
afterAll(() => tdb.cleanup());

async function allIds(filters: FactFilters, match?: CountryMatch): Promise<number[]> {
  const choice = match ? { match, provider: providerOf(db) } : undefined;
  const rows = await db.$queryRaw<{ id: number | bigint }[]>(
    sql`SELECT f."id" FROM ${FACT_ROW_FROM} WHERE ${factWhereSql(filters, [], choice)} ORDER BY f."date", f."id"`,
  );
  return rows.map((r) => Number(r.id));
}

async function pagedIds(filters: FactFilters, limit: number): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await getFactPage(db, filters, limit, cursor);
    expect(page.facts.length).toBeLessThanOrEqual(limit);
    ids.push(...page.facts.map((f) => f.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

const FILTERS: FactFilters[] = [
  {},
  { country: ["UA"] },
  { kind: ["injury"], country: ["UA"] },
  { kind: ["shelter"], country: ["RO"] },
  { country: ["DE"], role: ["donor"] },
  { country: ["UA", "RU"], from: "2023-06-01", to: "2023-12-31" },
  { kind: ["injury"], country: ["DK"] },
  { status: ["verified", "proposed", "rejected"], country: ["PL"] },
];

describe("fact pages", () => {
  it.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))("%s: pages add up to the unpaged list, under either country strategy", async (_, filters) => {
    const expected = await allIds(filters);
    if (filters.country) {
      expect(await allIds(filters, "list")).toEqual(expected);
      expect(await allIds(filters, "probe")).toEqual(expected);
    }
    expect(await pagedIds(filters, 97)).toEqual(expected);
  });

  it("probes for a country most facts involve, lists a country few or none do", async () => {
    expect((await chooseCountryMatch(db, { country: ["UA"] }, 100))?.match).toBe("probe");
    expect((await chooseCountryMatch(db, { kind: ["injury"], country: ["DK"] }, 100))?.match).toBe("list");
    expect(await chooseCountryMatch(db, { kind: ["injury"] }, 100)).toBeUndefined();
  });
});
