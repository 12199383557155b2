import { describe, expect, it } from "vitest";
import { calibrate, formatCalibration } from "../../../lib/extract/eval/calibrate";
import type { ScoredFact } from "../../../lib/extract/eval/match";

const drone = (count: number, rule: string, confidence: number): ScoredFact => ({
  kind: "drone",
  date: "2024-05-06",
  country: "UA",
  place: null,
  quote: `${count} drones`,
  start: 0,
  end: 9,
  count,
  launched: null,
  outcome: "shot_down",
  claimant: "UA",
  rule,
  confidence,
});

describe("calibration on a labelled part", () => {
  it("counts per rule the facts proposed and right, with the smoothed base, and right/proposed per band", () => {
    const c = calibrate([
      {
        id: "a",
        labelled: [drone(12, "", 0), drone(7, "", 0)],
        predicted: [drone(12, "drone.shot-down", 0.95), drone(5, "drone.shot-down", 0.91), drone(7, "drone.hit", 0.72)],
      },
    ]);
    expect(c.rules).toEqual([
      { rule: "drone.hit", proposed: 1, right: 1, base: 0.67 },
      { rule: "drone.shot-down", proposed: 2, right: 1, base: 0.5 },
    ]);
    expect(c.bands.map((b) => [b.band, b.right, b.proposed])).toEqual([
      ["≥ 0.90", 1, 2],
      ["0.80–0.89", 0, 0],
      ["0.70–0.79", 1, 1],
      ["< 0.70", 0, 0],
    ]);
    expect(formatCalibration(c)).toContain("| `drone.shot-down` | 2 | 1 | 0.50 |");
  });

  it("judges the review queue: how often a wrong fact sits above a right one, lowest confidence first", () => {
    const labelled = [drone(12, "", 0), drone(7, "", 0), drone(3, "", 0)];
    const queue = (wrongConfidence: number) =>
      calibrate([
        {
          id: "a",
          labelled,
          predicted: [drone(12, "drone.shot-down", 0.8), drone(7, "drone.shot-down", 0.6), drone(3, "drone.hit", 0.7), drone(9, "drone.hit", wrongConfidence)],
        },
      ]).queue;
    expect(queue(0.5)).toEqual({ right: 3, wrong: 1, wrongFirst: 1, wrongInTopQuarter: 1 });
    expect(queue(0.9)).toEqual({ right: 3, wrong: 1, wrongFirst: 0, wrongInTopQuarter: 0 });
    expect(queue(0.7)).toEqual({ right: 3, wrong: 1, wrongFirst: 0.5, wrongInTopQuarter: 0 });
    expect(calibrate([{ id: "b", labelled, predicted: labelled.map((l) => ({ ...l, rule: "drone.hit", confidence: 0.7 })) }]).queue.wrongFirst).toBeNull();
  });
});
