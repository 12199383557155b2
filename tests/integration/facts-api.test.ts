import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getFacts } from "@/app/api/facts/route";
import { GET as getFactsCsv } from "@/app/api/facts.csv/route";
import { GET as getFact } from "@/app/api/facts/[id]/route";
import type { ApiFact } from "@/lib/facts/fact-row";
import { createSeededDatabase, get } from "./test-database";

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
beforeAll(async () => {
  db = await createSeededDatabase();
});
afterAll(() => db.cleanup());

async function facts(query: string): Promise<ApiFact[]> {
  const res = await getFacts(get(`/api/facts?${query}`));
  expect(res.status).toBe(200);
  return ((await res.json()) as { facts: ApiFact[] }).facts;
}

const summary = (list: ApiFact[]) => list.map((f) => `${f.kind}:${f.place ?? f.country}`).sort();

describe("GET /api/facts country filter", () => {
  it("Denmark finds the Danish aid", async () => {
    expect(summary(await facts("country=DK"))).toEqual(["aid:DK"]);
  });

  it("Romania finds the shelters", async () => {
    const list = await facts("country=RO");
    expect(summary(list)).toEqual(["shelter:Plauru"]);
    expect(list[0]).toMatchObject({ count: 2, lengthM: 9.6, widthM: 2, heightM: 1.5, date: "2023-09-12" });
  });

  it("Ukraine finds the Izmail and Sevastopol injuries, the Crimea drones and the aid Ukraine receives", async () => {
    expect(summary(await facts("country=UA"))).toEqual(["aid:DK", "drone:Crimea", "injury:Izmail", "injury:Sevastopol"]);
  });

  it("role narrows a country to one role: Ukraine as recipient is only the aid", async () => {
    expect(summary(await facts("country=UA&role=recipient"))).toEqual(["aid:DK"]);
    expect(summary(await facts("country=UA&role=location"))).toEqual(["drone:Crimea", "injury:Izmail", "injury:Sevastopol"]);
    expect(summary(await facts("country=RU&role=attacker"))).toEqual(["injury:Izmail"]);
  });

  it("several countries match any of them (repeated or comma-separated)", async () => {
    expect(summary(await facts("country=RO,DK"))).toEqual(["aid:DK", "shelter:Plauru"]);
    expect(summary(await facts("country=RO&country=DK"))).toEqual(["aid:DK", "shelter:Plauru"]);
  });
});

describe("GET /api/facts dates, kinds and status", () => {
  it("a from date after August 25 excludes the Crimea drones", async () => {
    const list = await facts("from=2023-08-26");
    expect(list).toHaveLength(4);
    expect(list.some((f) => f.kind === "drone")).toBe(false);
  });

  it("bounds are inclusive: from=to=2023-08-25 is exactly the drones", async () => {
    expect(summary(await facts("from=2023-08-25&to=2023-08-25"))).toEqual(["drone:Crimea"]);
  });

  it("returns facts newest first with the contract's field names and the source", async () => {
    const list = await facts("");
    expect(list.map((f) => f.date)).toEqual(["2023-09-13", "2023-09-13", "2023-09-12", "2023-09-12", "2023-08-25"]);
    const drone = list.at(-1)!;
    expect(drone).toMatchObject({ kind: "drone", country: "UA", place: "Crimea", count: 42, launched: null, outcome: "shot_down", claimant: "RU", status: "verified" });
    expect(drone.source.title).toMatch(/Kim Jong Un/);
    expect(drone.quote).toContain("claimed to have shot down 42 Ukrainian drones in Crimea");
  });

  it("status defaults to verified; proposed shows none in the sample", async () => {
    expect(await facts("status=proposed")).toEqual([]);
  });

  it("kind filters by kind", async () => {
    expect(summary(await facts("kind=injury"))).toEqual(["injury:Izmail", "injury:Sevastopol"]);
  });
});

describe("GET /api/facts pagination", () => {
  it("follows nextCursor through every fact once, in order", async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await getFacts(get(`/api/facts?limit=2${cursor ? `&cursor=${cursor}` : ""}`));
      const page = (await res.json()) as { facts: ApiFact[]; nextCursor: string | null };
      expect(page.facts.length).toBeLessThanOrEqual(2);
      seen.push(...page.facts.map((f) => f.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });
});

describe("GET /api/facts sorting, search and total", () => {
  async function page(query: string) {
    const res = await getFacts(get(`/api/facts?${query}`));
    expect(res.status).toBe(200);
    return (await res.json()) as { facts: ApiFact[]; nextCursor: string | null; total: number };
  }

  it("says how many facts match in all, whatever the page size", async () => {
    expect((await page("limit=2")).total).toBe(5);
    expect((await page("kind=injury&limit=1")).total).toBe(2);
  });

  it("sorts by any column on the server, facts without the value last either way", async () => {
    const byInjured = (await page("kind=injury&sort=injured&order=desc")).facts;
    expect(byInjured.map((f) => (f.kind === "injury" ? f.injured : null))).toEqual([24, 6]);
    const byPlace = (await page("sort=place&order=asc")).facts.map((f) => f.place);
    expect(byPlace).toEqual([...byPlace].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b))));
    const byCount = (await page("sort=count&order=asc")).facts;
    expect(byCount.slice(-3).every((f) => f.kind !== "drone" && f.kind !== "shelter")).toBe(true);
  });

  it("searches every fact on the server (place, quote, source), case-insensitively, with the total of the matches", async () => {
    const found = await page("q=SHIPYARD");
    expect(found.total).toBe(1);
    expect(found.facts.map((f) => f.place)).toEqual(["Sevastopol"]);
    expect((await page("q=plauru")).facts.map((f) => f.kind)).toEqual(["shelter"]);
    expect((await page("q=KIM JONG")).total).toBe(5);
    expect((await page("q=100%25_")).total).toBe(0); // % and _ are literal characters, not wildcards
  });

  it("pages in any order keep that order and see every fact once", async () => {
    for (const order of ["sort=date&order=asc", "sort=date&order=desc", "sort=place&order=desc", "sort=count&order=asc"]) {
      const whole = (await page(`${order}&limit=100`)).facts.map((f) => f.id);
      const paged: number[] = [];
      let cursor: string | null = null;
      do {
        const p = await page(`${order}&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
        paged.push(...p.facts.map((f) => f.id));
        cursor = p.nextCursor;
      } while (cursor);
      expect(paged, order).toEqual(whole);
    }
  });

  it("refuses a cursor from another order", async () => {
    const first = await page("sort=place&limit=2");
    const res = await getFacts(get(`/api/facts?sort=injured&limit=2&cursor=${first.nextCursor}`));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { parameter: string; message: string } }).error).toMatchObject({ parameter: "cursor", message: expect.stringMatching(/keep sort and order/) });
  });
});

describe("bad input answers 400 naming the parameter", () => {
  const cases: [string, string, RegExp][] = [
    ["kind=bomb", "kind", /invalid kind "bomb".*injury, drone, aid, shelter/],
    ["country=XX", "country", /invalid country "XX".*ISO 3166-1 alpha-2/],
    ["from=2023-13-45", "from", /invalid from "2023-13-45".*YYYY-MM-DD/],
    ["from=2023-09-14&to=2023-09-01", "from", /after to/],
    ["limit=1000000", "limit", /limit must be from 1 to 500, got 1000000/],
    ["limit=abc", "limit", /invalid limit "abc"/],
    ["contry=RO", "contry", /unknown parameter "contry"/],
    ["status=maybe", "status", /invalid status "maybe"/],
    ["role=donor", "role", /give country too/],
    ["cursor=%%%", "cursor", /malformed percent-encoding/],
    ["from=2023-09-01&from=2023-09-02", "from", /given 2 times/],
    ["sort=colour", "sort", /invalid sort "colour": expected one of date, place/],
    ["order=up", "order", /invalid order "up": expected one of asc, desc/],
  ];
  it.each(cases)("%s", async (query, parameter, message) => {
    const res = await getFacts(get(`/api/facts?${query}`));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; parameter: string } };
    expect(body.error.code).toBe("invalid_parameter");
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toMatch(message);
  });
});

describe("GET /api/facts/:id", () => {
  it("answers one fact, 404 for an unknown id, 400 for a non-number", async () => {
    const ok = await getFact(get("/api/facts/1"), { params: Promise.resolve({ id: "1" }) });
    expect(ok.status).toBe(200);
    const missing = await getFact(get("/api/facts/999"), { params: Promise.resolve({ id: "999" }) });
    expect(missing.status).toBe(404);
    const bad = await getFact(get("/api/facts/x"), { params: Promise.resolve({ id: "x" }) });
    expect(bad.status).toBe(400);
  });
});

describe("facts CSV", () => {
  it("has a header, one row per fact with provenance, and a filename naming the filters", async () => {
    const res = await getFactsCsv(get("/api/facts.csv?kind=injury&country=UA"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="factboard-facts_kind-injury_country-UA.csv"');
    const text = await res.text();
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.place, r.injured, r.serious, r.attacker, r.status])).toEqual([
      ["Sevastopol", "24", "", "UA", "verified"],
      ["Izmail", "6", "3", "RU", "verified"],
    ]);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(["source_title", "source_url", "quote", "claimant", "status", "quote_start", "quote_end"]));
    expect(Object.keys(rows[0]!)).not.toContain("amountEur");
    expect(rows[1]!.quote).toBe("“Six civilians” were injured and taken to hospital, three of whom were in serious condition, added the official.");
  });

  it("format=csv on /api/facts gives the same export", async () => {
    const a = await (await getFacts(get("/api/facts?format=csv&country=RO"))).text();
    const b = await (await getFactsCsv(get("/api/facts.csv?country=RO"))).text();
    expect(a).toBe(b);
    expect(parse(a, { columns: true })).toHaveLength(1);
  });

  it("an export with no matching facts is still a header row", async () => {
    const text = await (await getFactsCsv(get("/api/facts.csv?country=FR"))).text();
    expect(parse(text)).toHaveLength(1);
  });
});
