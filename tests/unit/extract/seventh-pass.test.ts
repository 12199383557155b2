/**
 * The seventh pass (issue 11), every sentence invented. Each rule is stated from the annotation guide:
 * list structure (a total and its lines), the date of an event carried through its story, the subject
 * of a giving clause as the donor, running totals and frameworks, plans and stock of structures, and
 * coreference of one drone told twice.
 */
import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers";

const DAY = "2025-03-10"; // a Monday

describe("a defence ministry's list of regions, one line each (guide §2)", () => {
  const ru = (lines: string[]) =>
    factsOf("drone", ["Russian Ministry of Defence:", "Overnight, duty air defence forces destroyed 12 Ukrainian UAVs:", ...lines].join("\n"), DAY);

  it.each([
    ["N – over the territory of X region", ["5 – over the territory of Kursk region,", "4 – over the territory of the Belgorod region,", "3 – over the territory of Voronezh region."]],
    ["N - over X region (hyphen)", ["5 - over Kursk region;", "4 - over Belgorod region;", "3 - over Voronezh region."]],
    ["over X region – N", ["over the territory of Kursk region – 5,", "over Belgorod region — 4,", "over Voronezh region – 3."]],
    ["X region – N", ["Kursk region – 5,", "Belgorod region – 4,", "Voronezh region – 3."]],
  ])("%s: every line a fact, the total at the joined regions", (_form, lines) => {
    const facts = ru(lines);
    expect(facts.map((f) => [f.count, f.place, f.claimant]).sort((a, b) => Number(b[0]) - Number(a[0]))).toEqual([
      [12, "Kursk, Belgorod and Voronezh regions", "RU"],
      [5, "Kursk region", "RU"],
      [4, "Belgorod region", "RU"],
      [3, "Voronezh region", "RU"],
    ]);
  });

  it("a part of a line's own count ('including 2 UAVs flying towards X') is no fact of its own", () => {
    const facts = ru(["7 – over the territory of Kursk region, including 2 UAVs flying towards Kursk,", "5 – over the territory of Belgorod region."]);
    expect(facts.map((f) => f.count).sort((a, b) => b - a)).toEqual([12, 7, 5]);
  });

  it("lines that do not add up to the total leave it unplaced", () => {
    const facts = ru(["5 – over the territory of Kursk region,", "4 – over the territory of Belgorod region."]);
    expect(facts.find((f) => f.count === 12)?.place).toBeNull();
    expect(facts.map((f) => f.count).sort((a, b) => b - a)).toEqual([12, 5, 4]);
  });

  it("the same lines without a shoot-down header ending in a colon are no facts", () => {
    const facts = factsOf("drone", "The weather was cold.\n5 – over the territory of Kursk region,\n4 – over the territory of Belgorod region.", DAY);
    expect(facts).toEqual([]);
  });
});
