import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getSeries } from "@/app/api/series/route";
import { GET as getSeriesCsv } from "@/app/api/series.csv/route";
import { getDb, type Db } from "@/lib/db/client";
import { sql } from "@/lib/db/sql";
import type { Series } from "@/lib/series/get-series";
import type { MetricName } from "@/lib/series/metrics";
import { createSyntheticDatabase, get, type TestDatabase } from "./test-database";

/**
 * What a reader of any chart relies on, checked on a generated dataset spanning the synthetic
 * default range (202 ISO weeks): nothing is cut, Other carries the rest, the CSV adds up to the
 * chart, and no two claimants' figures are ever added together.
 */

let tdb: TestDatabase;
let db: Db;
beforeAll(async () => {
  tdb = await createSyntheticDatabase({ facts: 3000, seed: 11, from: "2022-02-24", to: "2025-12-31" });
  db = getDb(tdb.url);
}, 120_000);
afterAll(() => tdb.cleanup());

async function series(query: string): Promise<Series<MetricName>> {
  const res = await getSeries(get(`/api/series?${query}`));
  expect(res.status, query).toBe(200);
  return (await res.json()) as Series<MetricName>;
}
async function csvRows(query: string): Promise<Record<string, string>[]> {
  const res = await getSeriesCsv(get(`/api/series.csv?${query}`));
  expect(res.status, query).toBe(200);
  return parse(await res.text(), { columns: true }) as Record<string, string>[];
}
const sum = (rows: object[], column: string) => rows.reduce((s, r) => s + Number((r as Record<string, unknown>)[column] ?? 0), 0);
async function scalar(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await db.$queryRaw<{ v: number | bigint | null }[]>(query);
  return Number(row?.v ?? 0);
}

describe("nothing is cut silently", () => {
  it("by place, the top 5 and an Other row carry every injured person the facts state", async () => {
    const total = await scalar(sql`SELECT SUM("injured") AS "v" FROM "Fact" WHERE "kind" = 'injury' AND "status" = 'verified'`);
    const top = await series("metric=injured,serious,killed&by=place&kind=injury&limit=5");
    expect(top.groups).toBeGreaterThan(5);
    expect(top.limit).toBe(5);
    expect(top.rows).toHaveLength(6);
    expect(top.rows.at(-1)).toMatchObject({ key: null, country: null, other: true });
    expect(top.rows.slice(0, 5).every((r) => !r.other)).toBe(true);
    expect(sum(top.rows, "injured")).toBe(total);
    expect(sum(top.rows, "facts")).toBe(await scalar(sql`SELECT COUNT(*) AS "v" FROM "Fact" WHERE "kind" = 'injury' AND "status" = 'verified'`));
    // The same five places as the full ranking, in the same order.
    const all = await series("metric=injured,serious,killed&by=place&kind=injury&limit=1000");
    expect(all.rows.some((r) => r.other)).toBe(false);
    expect(top.rows.slice(0, 5).map((r) => [r.key, r.country])).toEqual(all.rows.slice(0, 5).map((r) => [r.key, r.country]));
  });

  it("the CSV adds up to the chart's total and says top N of M on its Other row", async () => {
    const query = "metric=injured,serious,killed&by=place&kind=injury&limit=5";
    const chart = await series(query);
    const rows = await csvRows(query);
    expect(rows).toHaveLength(chart.rows.length);
    expect(sum(rows, "injured")).toBe(sum(chart.rows, "injured"));
    expect(sum(rows, "facts")).toBe(sum(chart.rows, "facts"));
    expect(rows.at(-1)!.place).toBe(`Other (top 5 of ${chart.groups} shown; ${chart.groups! - 5} more)`);
  });

  it("donors split by currency: Other per currency, totals per currency unchanged", async () => {
    const top = await series("metric=aid_eur,aid_amount&by=donor&split=currency&kind=aid&limit=3");
    const all = await series("metric=aid_eur,aid_amount&by=donor&split=currency&kind=aid&limit=1000");
    const perCurrency = (s: Series<MetricName>) => Object.fromEntries([...new Set(s.rows.map((r) => r.split))].map((c) => [c, Math.round(sum(s.rows.filter((r) => r.split === c), "aid_amount"))]));
    expect(perCurrency(top)).toEqual(perCurrency(all));
    expect(new Set(top.rows.filter((r) => !r.other).map((r) => r.key)).size).toBe(3);
  });

  it("a time chart over 24 Feb 2022 – 31 Dec 2025 has all 202 weeks, the last one included, and every fact", async () => {
    const s = await series("metric=facts&by=auto&split=kind&from=2022-02-24&to=2025-12-31");
    expect(s.by).toBe("week");
    const weeks = [...new Set(s.rows.map((r) => r.key))];
    expect(weeks[0]).toBe("2022-02-21");
    expect(weeks.at(-1)).toBe("2025-12-29");
    expect(sum(s.rows, "facts")).toBe(await scalar(sql`SELECT COUNT(*) AS "v" FROM "Fact" WHERE "status" = 'verified'`));
    const csv = await csvRows("metric=facts&by=auto&split=kind&from=2022-02-24&to=2025-12-31");
    expect(sum(csv, "facts")).toBe(sum(s.rows, "facts"));
  });

  it("with no date filter the bucket still fits the data's whole span", async () => {
    const s = await series("metric=injured&kind=injury");
    const last = await db.$queryRaw<{ d: string }[]>(sql`SELECT MAX("date") AS "d" FROM "Fact" WHERE "kind" = 'injury' AND "status" = 'verified'`);
    const lastKey = s.rows.at(-1)!.key!;
    expect(lastKey <= last[0]!.d).toBe(true);
    expect(sum(s.rows, "injured")).toBe(await scalar(sql`SELECT SUM("injured") AS "v" FROM "Fact" WHERE "kind" = 'injury' AND "status" = 'verified'`));
  });
});

describe("claims stay claims", () => {
  it("shot down over time by claimant: each row is one claimant's own figure, never two added", async () => {
    const s = await series("metric=drones_shot_down&by=auto&split=claimant&kind=drone&limit=1000");
    expect(s.rows.some((r) => r.other)).toBe(false);
    const claimants = [...new Set(s.rows.map((r) => r.split ?? null))];
    expect(claimants.length).toBeGreaterThan(1);
    for (const claimant of claimants) {
      const stated = await scalar(
        claimant === null
          ? sql`SELECT SUM("count") AS "v" FROM "Fact" WHERE "kind" = 'drone' AND "status" = 'verified' AND "outcome" = 'shot_down' AND "claimant" IS NULL`
          : sql`SELECT SUM("count") AS "v" FROM "Fact" WHERE "kind" = 'drone' AND "status" = 'verified' AND "outcome" = 'shot_down' AND "claimant" = ${claimant}`,
      );
      expect(sum(s.rows.filter((r) => (r.split ?? null) === claimant), "drones_shot_down"), String(claimant)).toBe(stated);
    }
  });

  it("launched vs shot down counts only reports that state both, so shot down never exceeds launched", async () => {
    const s = await series("metric=drones_paired_launched,drones_paired_shot_down,drones_paired_reports&by=claimant&kind=drone&limit=1000");
    const paired = s.rows.filter((r) => (r.drones_paired_reports ?? 0) > 0);
    expect(paired.length).toBeGreaterThan(0);
    for (const r of paired) expect(r.drones_paired_shot_down!, String(r.key)).toBeLessThanOrEqual(r.drones_paired_launched!);
    const both = sql`"kind" = 'drone' AND "status" = 'verified' AND "outcome" = 'shot_down' AND "launched" IS NOT NULL`;
    expect(sum(paired, "drones_paired_reports")).toBe(await scalar(sql`SELECT COUNT(*) AS "v" FROM "Fact" WHERE ${both}`));
    expect(sum(paired, "drones_paired_launched")).toBe(await scalar(sql`SELECT SUM("launched") AS "v" FROM "Fact" WHERE ${both}`));
  });
});
