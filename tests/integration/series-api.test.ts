import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCountries } from "@/app/api/countries/route";
import { GET as getSeries } from "@/app/api/series/route";
import { GET as getSeriesCsv } from "@/app/api/series.csv/route";
import type { Series } from "@/lib/series/get-series";
import type { MetricName } from "@/lib/series/metrics";
import { createSeededDatabase, get } from "./test-database";

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
beforeAll(async () => {
  db = await createSeededDatabase();
});
afterAll(() => db.cleanup());

async function series(query: string): Promise<Series<MetricName>> {
  const res = await getSeries(get(`/api/series?${query}`));
  expect(res.status).toBe(200);
  return (await res.json()) as Series<MetricName>;
}

describe("GET /api/series", () => {
  it("sums injured, serious and killed by place, largest first, with coordinates", async () => {
    const s = await series("metric=injured,serious,killed&by=place");
    expect(s.rows.map((r) => [r.key, r.region, r.injured, r.serious, r.killed, r.facts])).toEqual([
      ["Sevastopol", "Crimea", 24, null, null, 1],
      ["Izmail", "Odesa Oblast", 6, 3, null, 1],
    ]);
    expect(s.rows[0]).toMatchObject({ country: "UA", lat: 44.6167, lon: 33.5254 });
  });

  it("groups by day, week and month on the event date", async () => {
    expect((await series("metric=facts&by=day")).rows.map((r) => [r.key, r.facts])).toEqual([
      ["2023-08-25", 1],
      ["2023-09-12", 2],
      ["2023-09-13", 2],
    ]);
    // 2023-09-12 is a Tuesday: its ISO week starts on Monday 2023-09-11.
    expect((await series("metric=facts&by=week")).rows.map((r) => [r.key, r.facts])).toEqual([
      ["2023-08-21", 1],
      ["2023-09-11", 4],
    ]);
    expect((await series("metric=facts&by=month")).rows.map((r) => [r.key, r.facts])).toEqual([
      ["2023-08-01", 1],
      ["2023-09-01", 4],
    ]);
  });

  it("chooses the bucket from the date range when by=auto", async () => {
    expect((await series("metric=facts")).by).toBe("day");
    expect((await series("metric=facts&from=2022-01-01&to=2023-12-31")).by).toBe("week");
    expect((await series("metric=facts&from=2015-01-01&to=2023-12-31")).by).toBe("month");
  });

  it("drones shot down, split by claimant", async () => {
    const s = await series("metric=drones_shot_down&by=day&split=claimant");
    expect(s.rows.map((r) => [r.key, r.split, r.drones_shot_down])).toEqual([["2023-08-25", "RU", 42]]);
  });

  it("aid in euros by donor keeps the original currency beside it", async () => {
    const s = await series("metric=aid_eur,aid_amount&by=donor&split=currency");
    expect(s.rows.map((r) => [r.key, r.split, r.aid_eur, r.aid_amount])).toEqual([["DK", "DKK", 777000000, 5800000000]]);
  });

  it("the same filters apply: Romania has only the shelters, dates exclude the drones", async () => {
    expect((await series("metric=facts&by=kind&country=RO")).rows.map((r) => [r.key, r.facts])).toEqual([["shelter", 1]]);
    const after = await series("metric=drones&by=kind&from=2023-09-01");
    expect(after.rows).toEqual([]);
  });

  it("rejects an unknown metric or grouping with 400 naming it", async () => {
    for (const [query, parameter] of [
      ["metric=happiness", "metric"],
      ["by=planet", "by"],
      ["metric=facts&by=day&split=day", "split"],
      ["limit=0", "limit"],
    ] as const) {
      const res = await getSeries(get(`/api/series?${query}`));
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe(parameter);
    }
  });
});

describe("series CSV", () => {
  it("gives exactly the chart's rows with a header and a descriptive filename", async () => {
    const res = await getSeriesCsv(get("/api/series.csv?metric=injured,serious,killed&by=place&kind=injury"));
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="factboard-series_kind-injury_injured-serious-killed_by-place.csv"');
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      { place: "Sevastopol", country: "UA", region: "Crimea", lat: "44.6167", lon: "33.5254", injured: "24", serious: "", killed: "", facts: "1" },
      { place: "Izmail", country: "UA", region: "Odesa Oblast", lat: "45.3503", lon: "28.8364", injured: "6", serious: "3", killed: "", facts: "1" },
    ]);
  });
});

describe("GET /api/countries", () => {
  it("lists the countries present in any role, with names and fact counts", async () => {
    const res = await getCountries(get("/api/countries"));
    const body = (await res.json()) as { countries: { code: string; name: string; facts: number }[]; lastUpdated: string };
    expect(body.countries).toEqual([
      { code: "UA", name: "Ukraine", facts: 4 },
      { code: "RU", name: "Russia", facts: 2 },
      { code: "DK", name: "Denmark", facts: 1 },
      { code: "RO", name: "Romania", facts: 1 },
    ]);
    expect(Date.parse(body.lastUpdated)).not.toBeNaN();
  });

  it("respects the date filter", async () => {
    const res = await getCountries(get("/api/countries?to=2023-08-31"));
    const body = (await res.json()) as { countries: { code: string }[] };
    // Only the August 25 drones: Ukraine as the place, Russia as the claimant.
    expect(body.countries.map((c) => c.code)).toEqual(["RU", "UA"]);
  });
});
