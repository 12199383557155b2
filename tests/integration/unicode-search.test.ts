import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getFacts } from "@/app/api/facts/route";
import { GET as getSources } from "@/app/api/sources/route";
import { getDb } from "@/lib/db/client";
import type { ContractFact } from "@/lib/facts/contract";
import type { FactPage } from "@/lib/facts/get-facts";
import { storeFact } from "@/lib/facts/store-fact";
import type { SourcePage } from "@/lib/sources/list-sources";
import { createSeededDatabase, get, TEST_PROVIDER } from "./test-database";

/**
 * Searching ignores case in every script, on both databases: "київ" finds "Київ" (SQLite's LOWER
 * and LIKE fold ASCII only, and PostgreSQL's lower() under LC_CTYPE 'C' too).
 */
let db: Awaited<ReturnType<typeof createSeededDatabase>>;

const TEXT = "У Києві уламки дрона поранили 3 людей. Ärzte ohne Grenzen halfen vor Ort.";

beforeAll(async () => {
  db = await createSeededDatabase();
  const prisma = getDb(db.url);
  await prisma.$transaction(async (tx) => {
    const source = await tx.source.create({
      data: { title: "Атака на Київ: ЗСУ збили дрони", publisher: "Українська правда", publishedAt: "2024-05-02", language: "uk", text: TEXT, contentHash: "unicode-search" },
    });
    const fact = { kind: "injury", date: "2024-05-02", country: "UA", place: "Київ", quote: TEXT, start: 0, end: TEXT.length, confidence: 0.9, injured: 3, killed: null, serious: null, attacker: "RU" } as ContractFact;
    await storeFact(tx, source.id, fact, "verified", { region: "Київська область" });
  });
});
afterAll(() => db.cleanup());

async function search(q: string): Promise<FactPage> {
  const res = await getFacts(get(`/api/facts?q=${encodeURIComponent(q)}`));
  expect(res.status).toBe(200);
  return (await res.json()) as FactPage;
}

describe(`fact search folds case in every script (${TEST_PROVIDER})`, () => {
  it("finds a Cyrillic place whatever its case", async () => {
    for (const q of ["київ", "КИЇВ", "Київ", "кИЇв"]) {
      const page = await search(q);
      expect(page.total, q).toBe(1);
      expect(page.facts[0]?.place, q).toBe("Київ");
    }
  });

  it("finds words of the quote, the region and the source's title in another case", async () => {
    expect((await search("КИЄВІ")).total).toBe(1);
    expect((await search("ÄRZTE")).total).toBe(1);
    expect((await search("ärzte OHNE")).total).toBe(1);
    expect((await search("КИЇВСЬКА ОБЛАСТЬ")).total).toBe(1);
    expect((await search("зсу збили")).total).toBe(1);
  });

  it("still matches only what is there, ASCII searches as before, % and _ literally", async () => {
    expect((await search("Харків")).total).toBe(0);
    expect((await search("SHIPYARD")).total).toBe(1);
    expect((await search("київ%")).total).toBe(0);
    expect((await search("_иїв")).total).toBe(0);
  });
});

describe(`dispatch search folds case in every script (${TEST_PROVIDER})`, () => {
  it("finds a Cyrillic title and publisher in another case", async () => {
    for (const q of ["АТАКА НА КИЇВ", "українська ПРАВДА"]) {
      const res = await getSources(get(`/api/sources?q=${encodeURIComponent(q)}`));
      expect(res.status).toBe(200);
      const page = (await res.json()) as SourcePage;
      expect(page.sources.map((s) => s.title), q).toEqual(["Атака на Київ: ЗСУ збили дрони"]);
    }
  });
});
