import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../lib/extract/extract-facts";
import { contractFact } from "../../../lib/facts/contract";

const text = readFileSync(new URL("../../../../shared/seed/dispatch-2023-09-13.txt", import.meta.url), "utf8");
const spec = JSON.parse(readFileSync(new URL("../../../../shared/seed/dispatch-2023-09-13.facts.json", import.meta.url), "utf8")) as {
  facts: Array<Record<string, unknown> & { kind: string; quoteContainsOneOf: string[] }>;
};
const facts = extractFacts(text, "2023-09-13");

describe("the sample dispatch of 2023-09-13", () => {
  it("yields exactly the five facts of its facts.json, every field equal", () => {
    expect(facts).toHaveLength(spec.facts.length);
    for (const expected of spec.facts) {
      const { note: _note, quoteContainsOneOf, ...fields } = expected;
      const got = facts.find((f) => Object.entries(fields).every(([k, v]) => (f as Record<string, unknown>)[k] === v));
      expect(got, `no fact equal to ${JSON.stringify(fields)}`).toBeDefined();
      expect(quoteContainsOneOf.some((q) => got?.quote.includes(q)), `quote of ${expected.kind}: ${got?.quote}`).toBe(true);
    }
  });

  it("gives every fact a quote that slices back out of the text, and a contract-valid shape", () => {
    for (const f of facts) {
      expect(text.slice(f.start, f.end)).toBe(f.quote);
      expect(contractFact.safeParse(f).success).toBe(true);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("reads none of the listed non-facts (20 hours, 2022, 2014, 50 soldiers, twelfth, three years, F-16)", () => {
    const numbers = facts.flatMap((f) => Object.values(f).filter((v): v is number => typeof v === "number"));
    for (const n of [20, 2022, 2014, 50, 12, 16]) expect(numbers).not.toContain(n);
    expect(facts.filter((f) => f.kind === "drone")).toHaveLength(1);
  });

  it("gives the same answer every time", () => {
    expect(extractFacts(text, "2023-09-13")).toEqual(facts);
  });
});
