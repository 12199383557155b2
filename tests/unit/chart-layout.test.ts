import { describe, expect, it } from "vitest";
import { BAR, BAR_GAP, GROUP_GAP, GROUP_LABEL, LABEL_LINE, barY, groupedBarLayout, labelLines } from "@/components/charts/bar-layout";
import { nextIndex } from "@/components/charts/roving-focus";
import { groupsNote, otherGroupLabel, othersCount, placeLabel } from "@/components/charts/series-labels";
import { groupColumns } from "@/lib/series/top-groups-sql";
import { donorTotals, type AidRow } from "@/app/(dashboard)/aid/donor-totals";
import { claimantsByTotal, interceptionRate } from "@/app/(dashboard)/drones/drone-claims";
import { kindTiles } from "@/app/(dashboard)/kind-totals";

describe("grouped bars", () => {
  it("put each group's bars side by side under its label, groups one after another", () => {
    const { placements, height } = groupedBarLayout([{ bars: [1, 2] }, { bars: [1] }]);
    expect(placements.map((p) => p.top)).toEqual([0, GROUP_LABEL + 2 * (BAR + BAR_GAP) + GROUP_GAP]);
    expect(height).toBe(placements[1]!.top + GROUP_LABEL + BAR + BAR_GAP);
    expect(barY(1) - barY(0)).toBe(BAR + BAR_GAP);
  });

  it("give each bar a line for its value label below it when labels do not fit beside the bars", () => {
    const { placements, height } = groupedBarLayout([{ bars: [1, 2] }, { bars: [1] }], LABEL_LINE);
    const row = BAR + BAR_GAP + LABEL_LINE;
    expect(placements.map((p) => p.top)).toEqual([0, GROUP_LABEL + 2 * row + GROUP_GAP]);
    expect(height).toBe(placements[1]!.top + GROUP_LABEL + row);
    expect(barY(1, LABEL_LINE) - barY(0, LABEL_LINE)).toBe(row);
  });

  it("break a long value label at its ' · ' joints first, at spaces only inside a part too long alone", () => {
    const label = "€181B (GBP 138B + USD 26.1B + EUR 7.98B) · 102 not converted";
    expect(labelLines(label, 80)).toEqual([label]);
    expect(labelLines(label, 50)).toEqual(["€181B (GBP 138B + USD 26.1B + EUR 7.98B)", "102 not converted"]);
    expect(labelLines(label, 30)).toEqual(["€181B (GBP 138B + USD 26.1B +", "EUR 7.98B) · 102 not converted"]);
    expect(labelLines(label, 30).every((l) => l.length <= 30)).toBe(true);
  });
});

describe("roving focus between marks", () => {
  it("arrows move one mark, Home and End jump, the ends hold, other keys are left alone", () => {
    expect(nextIndex("ArrowRight", 0, 3)).toBe(1);
    expect(nextIndex("ArrowDown", 2, 3)).toBe(2);
    expect(nextIndex("ArrowLeft", 0, 3)).toBe(0);
    expect(nextIndex("ArrowUp", 2, 3)).toBe(1);
    expect(nextIndex("Home", 2, 3)).toBe(0);
    expect(nextIndex("End", 0, 3)).toBe(2);
    expect(nextIndex("Tab", 0, 3)).toBeNull();
    expect(nextIndex("Enter", 0, 3)).toBeNull();
  });
});

describe("top N + Other", () => {
  it("ranks places by name and country, split values over time, and keeps the period on Other rows", () => {
    expect(groupColumns({ byTime: false, split: false, byPlace: true })).toEqual({ group: ["key", "country"], keep: [] });
    expect(groupColumns({ byTime: false, split: true, byPlace: false })).toEqual({ group: ["key"], keep: ["split"] });
    expect(groupColumns({ byTime: true, split: true, byPlace: false })).toEqual({ group: ["split"], keep: ["key"] });
    expect(groupColumns({ byTime: true, split: false, byPlace: false })).toEqual({ group: [], keep: ["key"] });
  });

  it("says how many groups a chart shows and how many Other carries", () => {
    expect(groupsNote({ groups: 1712, limit: 40 }, "places")).toBe("the top 40 of 1,712 places; the other 1,672 are summed as Other");
    expect(groupsNote({ groups: 12, limit: 40 }, "places")).toBe("all 12 places");
    expect(groupsNote({ groups: 1, limit: 40 }, "donors")).toBe("1 donor");
    expect(groupsNote({ groups: 0, limit: 40 }, "places")).toBe("no places");
    expect(groupsNote(undefined, "places")).toBe("each place");
    expect(othersCount({ groups: 1712, limit: 40 })).toBe(1672);
    expect(placeLabel({ key: null, country: null, region: null, other: true }, 1672)).toBe(otherGroupLabel(1672, "places"));
    expect(otherGroupLabel(1672, "places")).toBe("Other (1,672 more places)");
  });

  it("keeps the Other donors apart from the donor not stated, and last", () => {
    const row = (key: string | null, split: string, eur: number, other?: true): AidRow => ({ key, split, facts: 1, aid_eur: eur, aid_amount: eur, aid_unconverted: 0, ...(other ? { other } : {}) });
    const totals = donorTotals([row("US", "EUR", 10), row(null, "EUR", 1), row(null, "EUR", 100, true), row(null, "USD", 5, true)]);
    expect(totals.map((t) => [t.donor, t.other, t.eur])).toEqual([
      ["US", false, 10],
      [null, false, 1],
      [null, true, 105],
    ]);
  });
});

describe("claims stay claims", () => {
  it("each claimant is its own series, largest claim first, the unnamed claimant included", () => {
    const rows = [
      { key: "2023-01-02", split: "RU", facts: 1, drones_shot_down: 40 },
      { key: "2023-01-02", split: "UA", facts: 1, drones_shot_down: 30 },
      { key: "2023-01-09", split: "UA", facts: 1, drones_shot_down: 30 },
      { key: "2023-01-09", split: null, facts: 1, drones_shot_down: 5 },
    ];
    expect(claimantsByTotal(rows).map((c) => [c.key, c.total])).toEqual([
      ["UA", 60],
      ["RU", 40],
      ["none", 5],
    ]);
  });

  it("the interception rate is shot down over launched, only where both are stated", () => {
    expect(interceptionRate(27, 22)).toBe("81%");
    expect(interceptionRate(null, 22)).toBeNull();
    expect(interceptionRate(0, 0)).toBeNull();
  });

  it("the Overview's drone tile is one claimant's shot-down figure, not launched + shot down + hit or several claimants", () => {
    const tiles = kindTiles([{ key: "drone", facts: 3, injured: null, killed: null, aid_eur: null, aid_unconverted: null, shelters: null }], [
      { key: "UA", facts: 2, drones_shot_down: 60 },
      { key: "RU", facts: 1, drones_shot_down: 40 },
    ]);
    const drone = tiles.find((t) => t.kind === "drone")!;
    expect(drone.label).toBe("Drones shot down, as Ukraine claims");
    expect(drone.value).toBe("60");
    expect(drone.definition).toMatch(/never added in/);
    expect(drone.note).toMatch(/1 other claimant/);
  });
});
