import { describe, expect, it } from "vitest";
import { fitPlatt, scaled } from "@/lib/extract/model/platt";

describe("Platt scaling", () => {
  it("recovers the slope and intercept that generated the outcomes", () => {
    // Outcomes drawn exactly in proportion: at each score, right in the share sigmoid(6x - 3) says.
    const scored: Array<{ score: number; right: boolean }> = [];
    for (let i = 0; i <= 20; i++) {
      const score = i / 20;
      const share = 1 / (1 + Math.exp(-(6 * score - 3)));
      const right = Math.round(share * 200);
      for (let k = 0; k < 200; k++) scored.push({ score, right: k < right });
    }
    const fit = fitPlatt(scored);
    expect(fit.slope).toBeCloseTo(6, 1);
    expect(fit.intercept).toBeCloseTo(-3, 1);
    expect(scaled(fit, 0.5)).toBeCloseTo(0.5, 2);
  });

  it("maps higher scores to higher chances when right facts score higher", () => {
    const fit = fitPlatt([
      { score: 0.2, right: false },
      { score: 0.3, right: false },
      { score: 0.4, right: true },
      { score: 0.5, right: false },
      { score: 0.7, right: true },
      { score: 0.9, right: true },
    ]);
    expect(fit.slope).toBeGreaterThan(0);
    expect(scaled(fit, 0.9)).toBeGreaterThan(scaled(fit, 0.2));
  });
});
