import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { GET as getFactsCsv } from "@/app/api/facts.csv/route";
import { neutralizeFormula } from "@/lib/csv/neutralize-formula";
import { getDb, providerOf, type Db } from "@/lib/db/client";
import { sql } from "@/lib/db/sql";
import { chooseCountryMatch } from "@/lib/facts/country-match";
import { FACT_ROW_FROM } from "@/lib/facts/fact-row";
import { factWhereSql, type CountryMatch } from "@/lib/facts/filter-sql";
import type { FactFilters } from "@/lib/facts/filters";
import { factCsvColumns } from "@/lib/facts/fact-csv";
import { getFactPage } from "@/lib/facts/get-facts";
import type { ApiFact } from "@/lib/facts/fact-row";
import { createSyntheticDatabase, type TestDatabase } from "./test-database";

/**
 * Paging by cursor must list exactly the facts one unpaged query lists, in the same order,
 * whichever way the country filter is applied (listed ids or a probe per fact).
 */

let tdb: TestDatabase;
let db: Db;
beforeAll(async () => {
  tdb = await createSyntheticDatabase({ facts: 2500, seed: 11, from: "2023-01-01", to: "2024-06-30" });
  db = getDb(tdb.url);
}, 120_000);
afterAll(() => tdb.cleanup());

async function allIds(filters: FactFilters, match?: CountryMatch): Promise<number[]> {
  const choice = match ? { match, provider: providerOf(db) } : undefined;
  const rows = await db.$queryRaw<{ id: number | bigint }[]>(
    sql`SELECT f."id" FROM ${FACT_ROW_FROM} WHERE ${factWhereSql(filters, [], { countryMatch: choice })} ORDER BY f."date", f."id"`,
  );
  return rows.map((r) => Number(r.id));
}

async function pagedFacts(filters: FactFilters, limit: number): Promise<ApiFact[]> {
  const facts: ApiFact[] = [];
  let cursor: string | undefined;
  do {
    const page = await getFactPage(db, filters, { limit, cursor, order: "asc" });
    expect(page.facts.length).toBeLessThanOrEqual(limit);
    facts.push(...page.facts);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return facts;
}

const pagedIds = async (filters: FactFilters, limit: number) => (await pagedFacts(filters, limit)).map((f) => f.id);

/** What the CSV should say for a fact as the JSON API shows it. */
function csvRecordOf(fact: ApiFact, columns: string[]): Record<string, string> {
  const from: Record<string, unknown> = {
    ...fact,
    country_name: undefined,
    source_title: fact.source.title,
    source_publisher: fact.source.publisher,
    source_url: fact.source.url,
    source_published: fact.source.publishedAt,
    quote_start: fact.start,
    quote_end: fact.end,
  };
  return Object.fromEntries(columns.filter((c) => c !== "country_name").map((c) => [c, String(neutralizeFormula(from[c] ?? ""))]));
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

  it.each<[string, string, FactFilters]>([
    ["every fact, every status", "status=verified,proposed,rejected", { status: ["verified", "proposed", "rejected"] }],
    ["drones and shelters in Ukraine", "kind=drone,shelter&country=UA", { kind: ["drone", "shelter"], country: ["UA"] }],
  ])("the CSV export of %s says what the JSON pages say, row for row", async (_, query, filters) => {
    const res = await getFactsCsv(new Request(`http://localhost/api/facts.csv?${query}`));
    expect(res.status).toBe(200);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    const facts = await pagedFacts(filters, 500);
    const columns = factCsvColumns(filters.kind);
    expect(rows.length).toBe(facts.length);
    expect(rows.length).toBeGreaterThan(100);
    rows.forEach((row, i) => {
      const { country_name: name, ...rest } = row;
      expect(rest, `row ${i}`).toEqual(csvRecordOf(facts[i]!, columns));
      expect(name!.length).toBeGreaterThan(1);
    });
  });

  it("a download cancelled after its first bytes gives its database connection back", async () => {
    const connections = async () =>
      providerOf(db) === "postgresql"
        ? Number((await db.$queryRaw<{ n: bigint }[]>(sql`SELECT COUNT(*) AS "n" FROM pg_stat_activity WHERE "datname" = current_database()`))[0]!.n)
        : 0;
    const before = await connections();
    for (let i = 0; i < 3; i++) {
      const res = await getFactsCsv(new Request("http://localhost/api/facts.csv?status=verified,proposed,rejected"));
      const reader = res.body!.getReader();
      await reader.read(); // the header
      expect((await reader.read()).value!.byteLength).toBeGreaterThan(0);
      await reader.cancel();
    }
    await expect.poll(connections, { timeout: 5000 }).toBe(before);
    expect(await db.fact.count()).toBeGreaterThan(2000); // and the database still answers
  });

  it("probes for a country most facts involve, lists a country few or none do", async () => {
    expect((await chooseCountryMatch(db, { country: ["UA"] }, 100))?.match).toBe("probe");
    expect((await chooseCountryMatch(db, { kind: ["injury"], country: ["DK"] }, 100))?.match).toBe("list");
    expect(await chooseCountryMatch(db, { kind: ["injury"] }, 100)).toBeUndefined();
  });
});
