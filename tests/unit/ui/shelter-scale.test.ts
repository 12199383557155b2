import { describe, expect, it } from "vitest";
import { formatMetres, gridExtentM, LEFT_PAD_PX, PERSON_HEIGHT_M, RIGHT_LABEL_PX, shelterColumns, shelterScale } from "@/components/charts/shelter-scale";

const shelter = (lengthM: number | null, widthM: number | null, heightM: number | null) => ({ lengthM, widthM, heightM });

describe("one scale for every shelter drawing", () => {
  it("fits the longest structure after the person inside a card", () => {
    const scale = shelterScale([shelter(9.6, 2, 1.5), shelter(40, 3, 2.5)], 360);
    expect((scale.startM + 40) * scale.pxPerM).toBeLessThanOrEqual(360 - LEFT_PAD_PX - RIGHT_LABEL_PX + 1e-9);
  });

  it("never lets a tall structure's front view pass 240 px, and counts the person in the tallest thing", () => {
    const tower = shelterScale([shelter(2, 2, 30)], 1000);
    expect(tower.frontM * tower.pxPerM).toBeLessThanOrEqual(240 + 1e-9);
    expect(shelterScale([shelter(3, 2, 1)], 1000).frontM).toBe(PERSON_HEIGHT_M);
  });

  it("keeps grid lines at least 8 px apart and starts structures on a grid line past the person", () => {
    for (const width of [200, 375, 1200]) {
      const scale = shelterScale([shelter(9.6, 2, 1.5), shelter(300, 4, 3)], width);
      expect(scale.gridM * scale.pxPerM).toBeGreaterThanOrEqual(8);
      expect(scale.startM % scale.gridM).toBe(0);
      expect(scale.startM).toBeGreaterThanOrEqual(1.2);
    }
  });

  it("draws structures with no stated dimension at a modest default instead of failing", () => {
    const scale = shelterScale([shelter(null, null, null)], 375);
    expect(Number.isFinite(scale.pxPerM)).toBe(true);
    expect(gridExtentM(scale, null)).toBeGreaterThan(scale.startM);
  });

  it("runs one card's grid one cell past its own structure", () => {
    const scale = shelterScale([shelter(9.6, 2, 1.5)], 375);
    const extent = gridExtentM(scale, 9.6);
    expect(extent).toBeGreaterThan(scale.startM + 9.6);
    expect(extent - (scale.startM + 9.6)).toBeLessThanOrEqual(2 * scale.gridM);
  });

  it("lays out one card per row on phones and at most as many columns as shelters", () => {
    expect(shelterColumns(375, 5)).toBe(1);
    expect(shelterColumns(1200, 5)).toBe(3);
    expect(shelterColumns(1200, 2)).toBe(2);
  });

  it("writes metres without trailing noise", () => {
    expect([formatMetres(9.6), formatMetres(12), formatMetres(0.7500001)]).toEqual(["9.6 m", "12 m", "0.75 m"]);
  });
});
