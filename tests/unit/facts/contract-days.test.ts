import { describe, expect, it } from "vitest";
import { isoDay, lastPlausibleDay, factDay } from "../../../lib/facts/contract";
import { isIsoDay } from "../../../lib/facts/kinds";

// Both checks remember their answers (the extractor validates thousands of facts); the answers
// must stay those of the rule, whatever was asked before.
describe("contract days", () => {
  it("a real calendar day passes and an impossible one fails, asked once or many times", () => {
    for (let i = 0; i < 3; i++) {
      expect(isIsoDay("2024-02-29")).toBe(true);
      expect(isIsoDay("2023-02-29")).toBe(false);
      expect(isIsoDay("2023-13-01")).toBe(false);
      expect(isIsoDay("2023-9-13")).toBe(false);
    }
    expect(isoDay.safeParse("2023-02-29").success).toBe(false);
    expect(isoDay.safeParse("2023-02-28").success).toBe(true);
  });

  it("the last plausible day is a year after the day asked about, for each day in turn", () => {
    expect(lastPlausibleDay(new Date("2026-12-02T23:59:59Z"))).toBe("2027-12-02");
    expect(lastPlausibleDay(new Date("2026-12-03T00:00:00Z"))).toBe("2027-12-03");
    expect(lastPlausibleDay(new Date("2026-12-02T08:00:00Z"))).toBe("2027-12-02");
    expect(lastPlausibleDay(new Date("2024-02-29T12:00:00Z"))).toBe("2025-03-01");
  });

  it("a fact day more than a year ahead of today is refused", () => {
    const ahead = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
    expect(factDay.safeParse(ahead).success).toBe(false);
    expect(factDay.safeParse(new Date().toISOString().slice(0, 10)).success).toBe(true);
  });
});
