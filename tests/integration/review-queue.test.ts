/**
 * The review queue opens the least certain first: dispatches ordered by their least certain
 * proposed fact, facts within a dispatch likewise, and every extracted fact names its rule.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { storeDispatch } from "@/lib/ingest/store-dispatch";
import { leastCertainFirst } from "@/lib/review/least-certain-first";
import { reviewQueue } from "@/lib/review/review-queue";
import { getSource } from "@/lib/sources/get-source";
import { createMigratedDatabase, type TestDatabase } from "./test-database";

let tdb: TestDatabase;
const ids: Record<string, number> = {};

// Invented dispatches: a fully stated injury (high confidence) and one whose day and place the text leaves open.
const CERTAIN = "Russian missiles struck Kharkiv on Monday, injuring 14 people, the governor said on Monday.";
const UNCERTAIN = "Drones were seen over the border.\nTwo people were wounded in Ukraine, officials said, without saying where or when.";

beforeAll(async () => {
  tdb = await createMigratedDatabase();
  const db = getDb(tdb.url);
  ids.certain = (await storeDispatch(db, { text: CERTAIN, publishedAt: "2024-05-06", language: "en" })).sourceId;
  ids.uncertain = (await storeDispatch(db, { text: UNCERTAIN, publishedAt: "2024-05-07", language: "en" })).sourceId;
  // The first extraction loads the gazetteer (seconds on a busy machine).
}, 120_000);
afterAll(async () => tdb.cleanup());

describe("review queue", () => {
  it("stores the rule that proposed each fact", async () => {
    const facts = await getDb(tdb.url).fact.findMany({ select: { rule: true, confidence: true } });
    expect(facts.length).toBeGreaterThanOrEqual(2);
    for (const f of facts) expect(f.rule).toMatch(/^(?:injury|drone|aid|shelter)\.[a-z-]+$/);
    const source = await getSource(getDb(tdb.url), ids.certain!);
    expect(source?.facts[0]?.rule).toBe("injury.injured");
  });

  it("lists the dispatch with the least certain proposed fact first", async () => {
    const queue = await reviewQueue(getDb(tdb.url));
    expect(queue.total).toBe(2);
    expect(queue.sources.map((s) => s.id)).toEqual([ids.uncertain, ids.certain]);
    expect(queue.sources[0]!.lowestConfidence).toBeLessThan(queue.sources[1]!.lowestConfidence);
    expect(queue.sources.map((s) => s.facts.proposed)).toEqual([1, 1]);
  });

  it("orders a dispatch's facts proposed and least certain first", () => {
    const facts = [
      { id: 1, status: "proposed" as const, confidence: 0.9, start: 0 },
      { id: 2, status: "verified" as const, confidence: 0.1, start: 10 },
      { id: 3, status: "proposed" as const, confidence: 0.5, start: 20 },
    ];
    expect(leastCertainFirst(facts).map((f) => f.id)).toEqual([3, 1, 2]);
  });
});
