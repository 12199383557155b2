import fs from "node:fs";
import { factField } from "@/lib/facts/api-fact";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { KIND_FIELDS } from "@/lib/facts/contract";
import { getFactPage } from "@/lib/facts/get-facts";
import { seedSample } from "@/lib/sample/seed-sample";
import { createSeededDatabase } from "./test-database";

// The curated truth shared with every developer; the shipped sample must match it exactly.
const shared = JSON.parse(fs.readFileSync(path.join(process.cwd(), "..", "shared", "seed", "dispatch-2023-09-13.facts.json"), "utf8")) as {
  facts: (Record<string, unknown> & { kind: keyof typeof KIND_FIELDS; quoteContainsOneOf: string[] })[];
};
const sharedText = fs.readFileSync(path.join(process.cwd(), "..", "shared", "seed", "dispatch-2023-09-13.txt"), "utf8");

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
beforeAll(async () => {
  db = await createSeededDatabase();
});
afterAll(() => db.cleanup());

describe("the sample dispatch", () => {
  it("ships the shared dispatch text unchanged", () => {
    expect(fs.readFileSync(path.join(process.cwd(), "prisma", "seed", "dispatch-2023-09-13.txt"), "utf8")).toBe(sharedText);
  });

  it("is seeded as exactly its five verified facts, every field as in the shared file", async () => {
    const { facts } = await getFactPage(getDb(db.url), {}, { limit: 100 });
    expect(facts).toHaveLength(shared.facts.length);
    for (const expected of shared.facts) {
      const match = facts.find((f) => f.kind === expected.kind && f.date === expected.date && f.country === expected.country && (expected.place === undefined || f.place === expected.place));
      expect(match, `${expected.kind} ${String(expected.place)}`).toBeDefined();
      for (const field of KIND_FIELDS[expected.kind]) {
        if (field in expected) expect(factField(match!, field), `${expected.kind}.${field}`).toEqual(expected[field]);
      }
      expect(match!.status).toBe("verified");
      expect(expected.quoteContainsOneOf.some((q) => match!.quote.includes(q))).toBe(true);
      expect(sharedText.slice(match!.start, match!.end)).toBe(match!.quote);
    }
  });

  it("seeding again changes nothing", async () => {
    expect(await seedSample(getDb(db.url))).toEqual({ created: false, facts: 0 });
    expect((await getFactPage(getDb(db.url), { status: ["verified", "proposed", "rejected"] }, { limit: 100 })).facts).toHaveLength(5);
  });
});
