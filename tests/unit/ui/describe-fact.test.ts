import { describe, expect, it } from "vitest";
import { describeFact, factNumbers } from "@/components/facts/describe-fact";
import type { ApiFact } from "@/lib/facts/api-fact";
import { webUrl } from "@/lib/sources/web-url";

const base = {
  id: 1,
  date: "2023-09-13",
  country: "UA",
  place: "Sevastopol",
  region: "Crimea",
  lat: null,
  lon: null,
  status: "verified",
  confidence: 0.9,
  rule: null,
  quote: "q",
  start: 0,
  end: 1,
  source: { id: 1, title: "t", url: null, publisher: null, publishedAt: "2023-09-13" },
} as const;

describe("a fact in words", () => {
  it("an injury with its serious and killed counts, the attacker, the place and the status", () => {
    const fact: ApiFact = { ...base, kind: "injury", injured: 24, serious: 3, killed: null, attacker: "RU" };
    expect(describeFact(fact)).toBe("Injury: 24 injured, 3 seriously (attack by Russia), Sevastopol (Crimea), 2023-09-13 (verified)");
  });

  it("a drone claim stays attributed to its claimant, with the launched total beside the shot-down count", () => {
    const fact: ApiFact = { ...base, kind: "drone", status: "proposed", count: 25, launched: 40, outcome: "shot_down", claimant: "RU" };
    expect(factNumbers(fact)).toBe("25 of 40 drones shot down");
    expect(describeFact(fact)).toContain("(claimed by Russia)");
    expect(describeFact(fact)).toContain("(proposed)");
  });

  it("aid in another currency shows its euro value; aid without a place is named by donor and recipient", () => {
    const fact: ApiFact = { ...base, kind: "aid", place: null, region: null, country: "DK", amount: 5.8e9, currency: "DKK", amountEur: 777e6, rateUsed: 7.46, rateDate: "2023-09-13", donor: "DK", recipient: "UA", category: "military" };
    expect(describeFact(fact)).toMatch(/^Aid: DKK 5\.8B \(€777M\), military \(Denmark to Ukraine\), 2023-09-13/);
  });

  it("shelters give their dimensions, with ? for one not stated", () => {
    const fact: ApiFact = { ...base, kind: "shelter", count: 2, lengthM: 9.6, widthM: null, heightM: 1.5 };
    expect(factNumbers(fact)).toBe("2 shelters, 9.6 × ? × 1.5 m");
  });
});

describe("links to the original article", () => {
  it("only http and https addresses become links", () => {
    expect(webUrl("https://example.org/a b")).toBe("https://example.org/a%20b");
    expect(webUrl("javascript:alert(1)")).toBeNull();
    expect(webUrl("not a url")).toBeNull();
    expect(webUrl(null)).toBeNull();
  });
});
