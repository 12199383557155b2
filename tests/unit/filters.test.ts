import { describe, expect, it } from "vitest";
import { factFilters } from "@/lib/facts/filters";
import { factWhereSql } from "@/lib/facts/filter-sql";
import { filtersToSearchParams } from "@/lib/facts/filter-params";
import { searchParamsToObject } from "@/lib/http/search-params";
import { FACTS_KEYS, FACTS_LIST_KEYS, factsQuery } from "@/lib/facts/facts-query";

const parseQuery = (q: string) => factsQuery.safeParse(searchParamsToObject(new URLSearchParams(q), FACTS_KEYS, FACTS_LIST_KEYS));

describe("fact filters schema", () => {
  it("accepts lists as repeats or commas and drops duplicates", () => {
    const r = parseQuery("country=UA,RO&country=UA&kind=injury");
    expect(r.success && r.data.country).toEqual(["UA", "RO"]);
  });

  it("refuses codes that are not ISO 3166-1 countries, naming the value", () => {
    const r = factFilters.safeParse({ country: ["XX"] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('invalid country "XX": expected an ISO 3166-1 alpha-2 code such as UA, RU, RO or DK');
  });

  it("refuses impossible days and reversed ranges", () => {
    expect(factFilters.safeParse({ from: "2023-02-30" }).success).toBe(false);
    expect(factFilters.safeParse({ from: "2023-09-14", to: "2023-09-01" }).error?.issues[0]?.message).toMatch(/after to/);
    expect(factFilters.safeParse({ from: "2023-09-01", to: "2023-09-01" }).success).toBe(true);
  });

  it("round-trips through the query string the client builds", () => {
    const filters = { kind: ["injury" as const], country: ["UA", "RO"], from: "2023-01-01", to: "2023-12-31", status: ["verified" as const] };
    const r = parseQuery(filtersToSearchParams(filters).toString());
    expect(r.success && { kind: r.data.kind, country: r.data.country, from: r.data.from, to: r.data.to, status: r.data.status }).toEqual(filters);
  });
});

describe("filters to SQL", () => {
  it("defaults to verified facts and binds every value as a parameter", () => {
    const q = factWhereSql({});
    expect(q.sql).toBe('f."status" IN (?)');
    expect(q.values).toEqual(["verified"]);
  });

  it("matches a country in any role through FactParty, or in the chosen roles", () => {
    const any = factWhereSql({ country: ["RO"], from: "2023-09-01", to: "2023-09-30", kind: ["shelter"] });
    expect(any.sql).toBe(
      'f."status" IN (?) AND f."kind" IN (?) AND f."date" >= ? AND f."date" <= ? AND f."id" IN (SELECT p."factId" FROM "FactParty" p WHERE p."country" IN (?))',
    );
    expect(any.values).toEqual(["verified", "shelter", "2023-09-01", "2023-09-30", "RO"]);
    const role = factWhereSql({ country: ["UA"], role: ["recipient"] });
    expect(role.sql).toContain('p."role" IN (?)');
    expect(role.values).toEqual(["verified", "UA", "recipient"]);
  });

  it("never splices a value into the SQL text", () => {
    const q = factWhereSql({ country: ["UA"], from: "2023-01-01'; DROP TABLE \"Fact\"; --" as string });
    expect(q.sql).not.toContain("DROP");
  });
});
