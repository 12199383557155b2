import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, providerOf, type Db } from "@/lib/db/client";
import { ROLLUP_METRICS, ROLLUP_TABLES } from "@/lib/db/rollups/definitions";
import { rollupSelectSql } from "@/lib/db/rollups/rollup-sql";
import { translateMigration } from "@/lib/db/postgres-translate";
import { getCountries } from "@/lib/countries/get-countries";
import { raw } from "@/lib/db/sql";
import type { ContractFact } from "@/lib/facts/contract";
import { storeFact } from "@/lib/facts/store-fact";
import { seedSample } from "@/lib/sample/seed-sample";
import { getSeries, planSeries, type Series } from "@/lib/series/get-series";
import type { MetricName } from "@/lib/series/metrics";
import { searchParamsToObject } from "@/lib/http/search-params";
import { SERIES_KEYS, SERIES_LIST_KEYS, seriesQuery } from "@/lib/series/series-query";
import { loadSynthetic } from "@/scripts/synthetic/load-synthetic";
import { createMigratedDatabase, type TestDatabase } from "./test-database";

/**
 * The rollups must give exactly what the facts give: after a bulk load (rebuilt in one pass) and
 * after every kind of write the application makes (triggers), on SQLite and on PostgreSQL.
 */

let tdb: TestDatabase;
let db: Db;
beforeAll(async () => {
  tdb = await createMigratedDatabase();
  process.env.DATABASE_URL = tdb.url;
  db = getDb(tdb.url);
  await seedSample(db);
  await loadSynthetic(tdb.url, { facts: 3000, seed: 7, from: "2023-01-01", to: "2024-06-30" });
}, 120_000);
afterAll(() => tdb.cleanup());

const BY = ["auto", "day", "week", "month", "year", "kind", "status", "country", "attacker", "claimant", "outcome", "donor", "recipient", "category", "currency", "place"];
const FILTERS = ["", "from=2023-03-15&to=2024-02-10", "from=2023-02-01&to=2023-02-28", "from=2023-05-20&to=2023-06-04", "to=2023-08-17", "from=2024-01-01", "status=verified,proposed,rejected", "country=UA", "country=RU&role=attacker,claimant", "country=DE&role=donor", "country=UA,RU", "kind=aid,drone"];
const METRIC_SETS = [
  "facts",
  "injured,killed,serious",
  "drones,drones_shot_down,drones_launched,drones_hit",
  "aid_eur,aid_amount,aid_unconverted",
  "shelters,facts",
];

/** Every (by, split, filter, metrics) combination worth checking; a deterministic sample of the rest. */
function queries(): string[] {
  const out: string[] = [];
  let i = 0;
  for (const by of BY) {
    for (const filter of FILTERS) {
      // Two of the metric sets per (by, filter), rotating, so every pairing appears across groupings.
      for (const metric of [METRIC_SETS[i % METRIC_SETS.length]!, METRIC_SETS[(i + 2) % METRIC_SETS.length]!]) {
        const split = ["", "kind", "status", "claimant", "currency", "country"][i++ % 6]!;
        const withSplit = split && split !== by && !(by === "place" && !["kind", "status", "country"].includes(split)) ? `&split=${split}` : "";
        out.push(`metric=${metric}&by=${by}${withSplit}${filter ? `&${filter}` : ""}&limit=1000`);
      }
    }
  }
  return out;
}

function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/** Both answers to every query, with how many came from the rollups. */
async function compareAll(): Promise<{ fromRollups: number; total: number }> {
  let fromRollups = 0;
  const all = queries();
  for (const query of all) {
    const q = seriesQuery.parse(searchParamsToObject(new URLSearchParams(query), SERIES_KEYS, SERIES_LIST_KEYS));
    const rollup = await getSeries(db, q);
    const facts: Series<MetricName> = await getSeries(db, q, providerOf(db), { source: "facts" });
    if ((await planSeries(db, q)).source === "rollups") fromRollups += 1;
    expect(rollup.by, query).toBe(facts.by);
    expect(rollup.rows.length, query).toBe(facts.rows.length);
    rollup.rows.forEach((typed, r) => {
      const row: Record<string, unknown> = typed;
      const expected: Record<string, unknown> = facts.rows[r]!;
      expect(Object.keys(row).sort(), query).toEqual(Object.keys(expected).sort());
      for (const key of Object.keys(expected)) {
        if (!close(row[key], expected[key])) expect({ query, row: r, key, value: row[key] }).toEqual({ query, row: r, key, value: expected[key] });
      }
    });
  }
  return { fromRollups, total: all.length };
}

/** Every rollup row holding facts equals the GROUP BY over the facts, column by column. */
async function compareTables() {
  const columns = (t: (typeof ROLLUP_TABLES)[number]) => [...t.keys.map((k) => k.column), "facts", "minId", ...ROLLUP_METRICS.flatMap((m) => [m.column, `${m.column}N`])];
  for (const t of ROLLUP_TABLES) {
    const names = columns(t);
    const order = t.keys.map((_, i) => i + 1).join(", ");
    const stored = await db.$queryRaw<Record<string, unknown>[]>(raw(`SELECT ${names.map((c) => `"${c}"`).join(", ")} FROM "${t.name}" WHERE "facts" > 0 ORDER BY ${order}`));
    const select = providerOf(db) === "postgresql" ? translateMigration(`${rollupSelectSql(t)};`).replace(/;\s*$/, "") : rollupSelectSql(t);
    const computed = await db.$queryRaw<Record<string, unknown>[]>(raw(`SELECT * FROM (${select}) x ORDER BY ${order}`));
    expect(stored.length, t.name).toBe(computed.length);
    stored.forEach((row, r) => {
      const values = Object.values(computed[r]!).map((v) => (typeof v === "bigint" || (typeof v === "object" && v !== null) ? Number(v) : v));
      names.forEach((c, i) => {
        const a = typeof row[c] === "bigint" || (typeof row[c] === "object" && row[c] !== null) ? Number(row[c]) : row[c];
        if (!close(a, values[i])) expect({ table: t.name, row: r, column: c, value: a }).toEqual({ table: t.name, row: r, column: c, value: values[i] });
      });
    });
  }
}

/** The party rollup counts countries as /api/countries does from the facts. */
async function compareCountries() {
  for (const filters of [{}, { kind: ["aid" as const] }, { status: ["proposed" as const, "rejected" as const] }, { from: "2023-03-15", to: "2023-11-30" }, { kind: ["drone" as const, "injury" as const], to: "2023-06-30" }]) {
    const expected = (await getCountries(db, filters, { source: "facts" })).countries.map((c) => ({ code: c.code, facts: c.facts }));
    const fromRollup = (await getCountries(db, filters)).countries.map((c) => ({ code: c.code, facts: c.facts }));
    expect(fromRollup, JSON.stringify(filters)).toEqual(expected);
  }
}

const injury = (over: Partial<Extract<ContractFact, { kind: "injury" }>> = {}): ContractFact => ({
  kind: "injury", date: "2023-05-25", country: "UA", place: "Testivka", quote: "x", start: 0, end: 1, confidence: 0.9, injured: 4, killed: null, serious: 1, attacker: "RU", ...over,
});
const aid = (over: Partial<Extract<ContractFact, { kind: "aid" }>> = {}): ContractFact => ({
  kind: "aid", date: "2023-06-01", country: "DK", place: null, quote: "y", start: 0, end: 1, confidence: 0.9, amount: 1000, currency: "DKK", amountEur: 134, donor: "DK", recipient: "UA", category: "military", ...over,
});

describe("rollups answer as the facts do", () => {
  it("keep every period over time with a split, the limit counting split values and Other carrying the rest per period, from either source", async () => {
    const parse = (query: string) => seriesQuery.parse(searchParamsToObject(new URLSearchParams(query), SERIES_KEYS, SERIES_LIST_KEYS));
    for (const source of ["rollups", "facts"] as const) {
      const options = source === "facts" ? { source: "facts" as const } : {};
      const all = await getSeries(db, parse("metric=facts&by=week&split=kind&limit=1000"), providerOf(db), options);
      const limited = await getSeries(db, parse("metric=facts&by=week&split=kind&limit=2"), providerOf(db), options);
      const perWeek = (rows: typeof all.rows) => rows.reduce((m, r) => m.set(r.key, (m.get(r.key) ?? 0) + r.facts), new Map<string | null, number>());
      expect(all.groups, source).toBe(4);
      expect(all.rows.some((r) => r.other), source).toBe(false);
      expect(limited.groups, source).toBe(4);
      expect(limited.rows.some((r) => r.other), source).toBe(true);
      expect(new Set(limited.rows.filter((r) => !r.other).map((r) => r.split)).size, source).toBe(2);
      // Same weeks, same facts in each: Other carries exactly what the two largest kinds leave.
      expect([...perWeek(limited.rows)], source).toEqual([...perWeek(all.rows)]);
    }
  });

  it("after a bulk load (one GROUP BY rebuild), for most requests", async () => {
    const { fromRollups, total } = await compareAll();
    // Most requests are answered from the rollups: the comparison is not a facts-vs-facts tautology.
    expect(fromRollups).toBeGreaterThan(total * 0.6);
    await compareTables();
    await compareCountries();
  }, 120_000);

  it("after inserts, status changes, edited numbers, kind changes and deletes (triggers)", async () => {
    // Inserts through the application's own path (Prisma, nested party rows).
    const source = await db.source.create({ data: { title: "t", publishedAt: "2023-05-25", text: "xy", contentHash: "rollup-test-1" } });
    const a = await db.$transaction((tx) => storeFact(tx, source.id, injury(), "verified"));
    const b = await db.$transaction((tx) => storeFact(tx, source.id, aid(), "verified"));
    const c = await db.$transaction((tx) => storeFact(tx, source.id, aid({ amountEur: null, recipient: null, category: null, date: "2023-05-31" }), "proposed"));
    const d = await db.$transaction((tx) => storeFact(tx, source.id, injury({ attacker: null, killed: 2, date: "2023-02-28" }), "verified"));
    // A status change verified → rejected, and proposed → verified.
    await db.fact.update({ where: { id: a.id }, data: { status: "rejected" } });
    await db.fact.update({ where: { id: c.id }, data: { status: "verified" } });
    // Edited numbers, a conversion filled in, a moved date.
    await db.fact.update({ where: { id: d.id }, data: { injured: 40, serious: null, date: "2023-03-01" } });
    await db.fact.update({ where: { id: c.id }, data: { amountEur: 77.5 } });
    // A kind change the way the review flow writes it: parties deleted, columns replaced, parties recreated.
    await db.$transaction(async (tx) => {
      await tx.factParty.deleteMany({ where: { factId: b.id } });
      await tx.fact.update({
        where: { id: b.id },
        data: { kind: "drone", amount: null, currency: null, amountEur: null, donor: null, recipient: null, category: null, count: 12, outcome: "shot_down", claimant: "UA", country: "UA", parties: { create: [{ country: "UA", role: "location" }, { country: "UA", role: "claimant" }] } },
      });
    });
    // Party rows changed directly: a role renamed, one added, one removed.
    await db.factParty.update({ where: { factId_country_role: { factId: d.id, country: "UA", role: "location" } }, data: { role: "recipient" } });
    await db.factParty.create({ data: { factId: d.id, country: "PL", role: "attacker" } });
    await db.factParty.delete({ where: { factId_country_role: { factId: d.id, country: "PL", role: "attacker" } } });
    // Synthetic facts changed in bulk, including the smallest id of many groups.
    const some = await db.fact.findMany({ where: { synthetic: true }, orderBy: { id: "asc" }, take: 60, select: { id: true } });
    await db.fact.updateMany({ where: { id: { in: some.slice(0, 20).map((f) => f.id) } }, data: { status: "rejected" } });
    await db.fact.updateMany({ where: { id: { in: some.slice(20, 30).map((f) => f.id) } }, data: { injured: 1, count: 3, amountEur: null } });
    // Deletes: single facts, and a whole dispatch with its facts (cascade).
    await db.fact.delete({ where: { id: a.id } });
    await db.fact.deleteMany({ where: { id: { in: some.slice(30, 45).map((f) => f.id) } } });
    const dispatch = await db.fact.findFirstOrThrow({ where: { id: some[50]!.id }, select: { sourceId: true } });
    await db.source.delete({ where: { id: dispatch.sourceId } });

    await compareTables();
    await compareCountries();
    const { fromRollups, total } = await compareAll();
    expect(fromRollups).toBeGreaterThan(total * 0.6);
  }, 180_000);
});
