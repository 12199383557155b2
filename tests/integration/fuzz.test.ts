import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCountries } from "@/app/api/countries/route";
import { GET as getFactsCsv } from "@/app/api/facts.csv/route";
import { GET as getFact } from "@/app/api/facts/[id]/route";
import { GET as getFacts } from "@/app/api/facts/route";
import { GET as getSeriesCsv } from "@/app/api/series.csv/route";
import { GET as getSeries } from "@/app/api/series/route";
import { GET as getSource } from "@/app/api/sources/[id]/route";
import { GET as getSources } from "@/app/api/sources/route";
import { getDb } from "@/lib/db/client";
import { encodeCursor } from "@/lib/facts/get-facts";
import { loadSynthetic } from "@/scripts/synthetic/load-synthetic";
import { createSeededDatabase, TEST_PROVIDER, type TestDatabase } from "./test-database";

/**
 * Every GET endpoint, thousands of generated query strings (fixed seed): the answer is a 200
 * with a readable body, or a 4xx JSON error naming the problem, never a 5xx.
 */

const SEED = 20260126;
const RUNS = 500;

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createSeededDatabase();
  await loadSynthetic(tdb.url, { facts: 400, seed: 11, from: "2023-01-01", to: "2024-12-31" });
}, 120_000);
afterAll(() => tdb.cleanup());

const VALID = [
  "injury", "drone", "aid", "shelter", "verified", "proposed", "rejected", "location", "attacker", "claimant", "donor", "recipient",
  "facts", "injured", "killed", "serious", "drones", "drones_shot_down", "drones_launched", "drones_hit", "aid_eur", "aid_amount", "aid_unconverted", "shelters",
  "auto", "day", "week", "month", "year", "country", "place", "kind", "outcome", "category", "currency", "status", "json", "csv",
  "UA", "RU", "RO", "DK", "DE", "US", "PL", "MD", "2023-01-01", "2023-09-13", "2024-02-29", "2024-12-31", "1", "2", "10", "100", "500", "1000",
];
const TRICKY = [
  "", " ", "0", "-1", "+1", "01", "1.5", "1e3", "1e400", "2147483647", "2147483648", "99999999999", "999999999999999999999", "NaN", "Infinity", "null", "undefined", "true",
  "[]", "{}", "%", "%%", "%zz", "%E0%A4%A", "\u0000", "\uFFFF", "😀", "ü", "'; DROP TABLE \"Fact\"; --", "\" OR 1=1 --", "1) OR (1=1",
  "2023-02-30", "2023-13-01", "2023-1-1", "0000-01-01", "9999-12-31", "2023-09-13T00:00:00Z", "ua", "XX", "ZZ", "U A", "UA,", ",", ",,", "UA,RU,RO,DK",
  "a".repeat(300), "UA,".repeat(260), "MTIzNA", "MjAyMy0wMS0wMXwx", "===",
];
const CURSORS = [encodeCursor("2023-06-01", 10), encodeCursor("9999-12-31", 2 ** 31 - 1), encodeCursor("2023-06-01", 2 ** 40), Buffer.from("2023-06-01|abc").toString("base64url")];

const INT4_MAX = 2_147_483_647n;
const BIG_CURSOR = encodeCursor("2023-06-01", 2 ** 40);

const value = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VALID) },
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...VALID, ...TRICKY.slice(0, 20)), { minLength: 2, maxLength: 6 }).map((a) => a.join(",")) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: -1e12, max: 1e12 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom(...CURSORS) },
);

const SHARED = ["kind", "country", "role", "from", "to", "status"];
const KEYS = {
  facts: [...SHARED, "limit", "cursor", "format"],
  series: [...SHARED, "metric", "by", "split", "limit", "format"],
  countries: ["kind", "status", "from", "to"],
  sources: ["page", "limit"],
};

/** Values a key expects, so that many queries get past validation and reach the database. */
const day = fc.date({ min: new Date("2022-12-01T00:00:00Z"), max: new Date("2025-01-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const listOf = (...items: string[]) => fc.uniqueArray(fc.constantFrom(...items), { minLength: 1, maxLength: 3 }).map((a) => a.join(","));
const FITTING: Record<string, fc.Arbitrary<string>> = {
  kind: listOf("injury", "drone", "aid", "shelter"),
  status: listOf("verified", "proposed", "rejected"),
  country: listOf("UA", "RU", "RO", "DK", "DE", "US", "PL", "MD", "FR"),
  role: listOf("location", "attacker", "claimant", "donor", "recipient"),
  from: day,
  to: day,
  metric: listOf("facts", "injured", "killed", "serious", "drones", "drones_shot_down", "drones_launched", "drones_hit", "aid_eur", "aid_amount", "aid_unconverted", "shelters"),
  by: fc.constantFrom("auto", "day", "week", "month", "year", "country", "place", "kind", "claimant", "attacker", "donor", "recipient", "outcome", "category", "currency", "status"),
  split: fc.constantFrom("country", "place", "kind", "claimant", "attacker", "donor", "recipient", "outcome", "category", "currency", "status"),
  limit: fc.integer({ min: 1, max: 600 }).map(String),
  page: fc.integer({ min: 1, max: 40 }).map(String),
  format: fc.constantFrom("json", "csv"),
  cursor: fc.constantFrom(...CURSORS),
};

/** Query strings: known keys with fitting or hostile values (sometimes repeated), unknown keys, raw text. */
const queryFor = (keys: string[]) => {
  const pair = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...keys).chain((k) => fc.tuple(fc.constant(k), FITTING[k] ?? value)) },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...keys), value) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), value) },
  );
  return fc.oneof(
    { weight: 9, arbitrary: fc.array(pair, { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString()) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."%&=?,+#;[]abcUA019-_ ".split("")), maxLength: 40 }) },
  );
};

type Handler = (request: Request) => Promise<Response> | Response;

/** A 200 has a body that parses; anything else is a 4xx JSON error with a message. */
async function expectSound(res: Response, context: string, json: boolean) {
  const body = await res.text(); // reads a streamed CSV to the end: an error mid-stream throws here
  expect(res.status, `${context} → ${res.status}: ${body.slice(0, 300)}`).toBeLessThan(500);
  if (res.status === 200) {
    if (json) expect(() => JSON.parse(body), context).not.toThrow();
    return;
  }
  expect(res.status, context).toBeGreaterThanOrEqual(400);
  const error = (JSON.parse(body) as { error?: { code?: string; message?: string } }).error;
  expect(error?.code, context).toBeTruthy();
  expect(error?.message?.length ?? 0, `${context}: ${body}`).toBeGreaterThan(10);
}

const LIST_ENDPOINTS: [string, Handler, string[], boolean][] = [
  ["/api/facts", getFacts, KEYS.facts, true],
  ["/api/facts.csv", getFactsCsv, KEYS.facts, false],
  ["/api/series", getSeries, KEYS.series, true],
  ["/api/series.csv", getSeriesCsv, KEYS.series, false],
  ["/api/countries", getCountries, KEYS.countries, true],
  ["/api/sources", getSources, KEYS.sources, true],
];

describe("GET endpoints under fuzzed query strings", () => {
  for (const [path, handler, keys, json] of LIST_ENDPOINTS) {
    it(`${path}: never a 5xx, always 200 or a 4xx naming the problem`, async () => {
      // A 200 must be seen too, or the generator only ever produced rejects.
      let ok = 0;
      await fc.assert(
        fc.asyncProperty(queryFor(keys), async (query) => {
          const res = await handler(new Request(`http://localhost${path}?${query}`));
          if (res.status === 200) ok += 1;
          await expectSound(res, `${path}?${query}`, json && !/(^|&)format=csv(&|$)/.test(query));
        }),
        { seed: SEED, numRuns: RUNS },
      );
      expect(ok).toBeGreaterThan(RUNS / 10);
    }, 120_000);
  }

  const ids = fc.oneof(
    { weight: 3, arbitrary: fc.nat({ max: 3000 }).map(String) },
    { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
    { weight: 1, arbitrary: fc.string({ maxLength: 16 }) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String) },
  );
  const byId: [string, (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>][] = [
    ["/api/facts/[id]", getFact],
    ["/api/sources/[id]", getSource],
  ];
  for (const [path, handler] of byId) {
    it(`${path}: never a 5xx for any id segment`, async () => {
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(ids, async (id) => {
          const res = await handler(new Request(`http://localhost${path.replace("[id]", encodeURIComponent(id))}`), { params: Promise.resolve({ id }) });
          statuses.add(res.status);
          await expectSound(res, `${path} id=${JSON.stringify(id)} (${TEST_PROVIDER})`, true);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      expect([...statuses]).toEqual(expect.arrayContaining([200, 400, 404]));
    }, 120_000);
  }

  // Ids are 32-bit on PostgreSQL: one beyond that used to reach the database and come back as a 500.
  it("refuses ids beyond 2^31−1 with a 400 naming the id, on every route that takes one", async () => {
    const big = String(INT4_MAX + 1n);
    const answers = [
      await getFact(new Request(`http://localhost/api/facts/${big}`), { params: Promise.resolve({ id: big }) }),
      await getSource(new Request(`http://localhost/api/sources/${big}`), { params: Promise.resolve({ id: big }) }),
      await getFacts(new Request(`http://localhost/api/facts?cursor=${BIG_CURSOR}`)),
    ];
    for (const res of answers) {
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { parameter: string; message: string } };
      expect(["id", "cursor"]).toContain(error.parameter);
    }
    const max = String(INT4_MAX);
    expect((await getFact(new Request(`http://localhost/api/facts/${max}`), { params: Promise.resolve({ id: max }) })).status).toBe(404);
  });

  it("the fuzzed database is the one the handlers read", async () => {
    expect(await getDb(tdb.url).fact.count()).toBeGreaterThan(400);
  });
});
