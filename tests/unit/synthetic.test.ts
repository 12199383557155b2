import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { contractFact } from "@/lib/facts/contract";
import type { SyntheticSource } from "@/scripts/synthetic/fact-types";
import { generateSources } from "@/scripts/synthetic/generate";
import { loadSynthetic } from "@/scripts/synthetic/load-synthetic";
import { parseFlags, syntheticOptions } from "@/scripts/synthetic/synthetic-options";

const OPTIONS = { facts: 6000, seed: 42, from: "2022-02-24", to: "2025-12-31" };
const generate = (o = OPTIONS): SyntheticSource[] => [...generateSources(o)];
const sources = generate();
const facts = sources.flatMap((s) => s.facts.map((f) => ({ ...f, source: s })));

describe("synthetic dispatches", () => {
  it("are the same for the same seed and differ for another", () => {
    expect(generate().map((s) => s.contentHash)).toEqual(sources.map((s) => s.contentHash));
    expect(generate({ ...OPTIONS, seed: 43 })[0]!.contentHash).not.toBe(sources[0]!.contentHash);
  });

  it("hold exactly the requested number of facts, each a valid contract fact", () => {
    expect(facts).toHaveLength(OPTIONS.facts);
    for (const f of facts) expect(contractFact.safeParse(f.fact).success, JSON.stringify(f.fact)).toBe(true);
  });

  it("quote each fact as a real substring of its dispatch, at the stated offsets, numbers included", () => {
    for (const { fact, source } of facts) {
      expect(source.text.slice(fact.start, fact.end)).toBe(fact.quote);
      const main = fact.kind === "injury" ? fact.injured : fact.kind === "aid" ? null : fact.count;
      if (main !== null) expect(fact.quote.replace(/,(?=\d{3})/g, "")).toContain(String(main));
    }
  });

  it("have every kind, years of dates, many small places and a few big ones", () => {
    const kinds = new Set(facts.map((f) => f.fact.kind));
    expect([...kinds].sort()).toEqual(["aid", "drone", "injury", "shelter"]);
    const years = new Set(facts.map((f) => f.fact.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(4);
    const byPlace = new Map<string, number>();
    for (const f of facts) if (f.place) byPlace.set(f.place.name, (byPlace.get(f.place.name) ?? 0) + 1);
    const counts = [...byPlace.values()].sort((a, b) => b - a);
    // The biggest place is named dozens of times; most places only once or twice.
    expect(counts[0]!).toBeGreaterThan(20 * counts[Math.floor(counts.length / 2)]!);
  });

  it("have bursts: the busiest day holds several times the facts of a median day", () => {
    const perDay = new Map<string, number>();
    for (const s of sources) perDay.set(s.publishedAt, (perDay.get(s.publishedAt) ?? 0) + s.facts.length);
    const counts = [...perDay.values()].sort((a, b) => a - b);
    expect(counts.at(-1)!).toBeGreaterThan(5 * counts[Math.floor(counts.length / 2)]!);
  });

  it("have donors of very different size", () => {
    const eur = new Map<string, number>();
    for (const { fact } of facts) if (fact.kind === "aid" && fact.amountEur !== null) eur.set(fact.country, (eur.get(fact.country) ?? 0) + fact.amountEur);
    const totals = [...eur.values()].sort((a, b) => b - a);
    expect(totals.length).toBeGreaterThan(10);
    expect(totals[0]! / totals.at(-1)!).toBeGreaterThan(100);
  });
});

describe("db:synthetic arguments", () => {
  it("parse --facts and --seed, and name a bad value", () => {
    expect(syntheticOptions.parse(parseFlags(["--facts", "1000", "--seed=7"]))).toMatchObject({ facts: 1000, seed: 7 });
    expect(() => syntheticOptions.parse(parseFlags(["--facts", "lots"]))).toThrow(/--facts/);
    expect(() => syntheticOptions.parse(parseFlags(["--facts", "10", "--colour", "red"]))).toThrow();
    expect(() => parseFlags(["--facts"])).toThrow(/needs a value/);
  });
});

describe("loading into SQLite", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factboard-synthetic-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("stores every fact, party and dispatch marked synthetic, and refuses the same seed twice", async () => {
    const url = `file:${path.join(dir, "s.db")}`;
    const result = await loadSynthetic(url, { ...OPTIONS, facts: 2000 });
    expect(result.facts).toBe(2000);
    const db = new Database(path.join(dir, "s.db"), { readonly: true });
    const one = (sql: string) => db.prepare(sql).pluck().get();
    expect(one(`SELECT COUNT(*) FROM "Fact" WHERE "synthetic" = 1`)).toBe(2000);
    expect(one(`SELECT COUNT(*) FROM "Fact" WHERE "synthetic" = 0`)).toBe(0);
    expect(one(`SELECT COUNT(*) FROM "Source" WHERE "synthetic" = 0`)).toBe(0);
    expect(one(`SELECT COUNT(*) FROM "FactParty"`)).toBe(result.parties);
    expect(one(`SELECT COUNT(*) FROM "Fact" f WHERE NOT EXISTS (SELECT 1 FROM "FactParty" p WHERE p."factId" = f."id" AND p."role" = 'location')`)).toBe(0);
    expect(one(`SELECT COUNT(*) FROM "Fact" f JOIN "Source" s ON s."id" = f."sourceId" WHERE substr(s."text", f."start" + 1, f."end" - f."start") <> f."quote"`)).toBe(0);
    db.close();
    await expect(loadSynthetic(url, { ...OPTIONS, facts: 2000 })).rejects.toThrow(/already in the database/);
  });
});
