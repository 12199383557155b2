import { scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import { bucketSpan, stackSegments, timeDomain, timeTicks } from "@/components/charts/time-layout";

const day = (d: Date) => d.toISOString().slice(0, 10);

describe("time axis domain", () => {
  it("equals the filter range: From = 1 Oct starts the axis on 1 Oct, not the Monday before", () => {
    const [start, end] = timeDomain("week", ["2023-09-25", "2023-10-02"], "2023-10-01", "2023-12-31");
    expect([day(start), day(end)]).toEqual(["2023-10-01", "2024-01-01"]);
  });

  it("without a filter spans the data's buckets, padded to a readable width", () => {
    const [start, end] = timeDomain("month", ["2023-01-01", "2023-12-01"]);
    expect(day(start) <= "2023-01-01" && day(end) >= "2024-01-01").toBe(true);
  });

  it("cuts the first and last bucket to the domain", () => {
    const x = scaleUtc().domain(timeDomain("week", [], "2023-10-01", "2023-10-31")).range([0, 310]);
    const first = bucketSpan(x, "week", "2023-09-25");
    expect(first.x0).toBe(0);
    expect(first.x1).toBeCloseTo(10); // 1 Oct only: one day of 31
    expect(bucketSpan(x, "week", "2023-10-30").x1).toBe(310);
  });
});

describe("time axis ticks", () => {
  it("name every year of a multi-year week axis, the first one included", () => {
    for (const width of [300, 700, 1200]) {
      const x = scaleUtc().domain(timeDomain("week", [], "2022-02-24", "2025-12-31")).range([0, width]);
      const labels = timeTicks(x, "week", width).map((t) => t.label).join(" ");
      for (const year of ["2022", "2023", "2024", "2025"]) expect(labels, `${width}px: ${labels}`).toContain(year);
    }
  });

  it("stay inside the domain, on whole days", () => {
    const x = scaleUtc().domain(timeDomain("day", [], "2023-09-01", "2023-09-30")).range([0, 300]);
    const ticks = timeTicks(x, "day", 300);
    expect(ticks.length).toBeGreaterThan(2);
    for (const t of ticks) {
      expect(t.date.getUTCHours()).toBe(0);
      expect(day(t.date) >= "2023-09-01" && day(t.date) <= "2023-09-30").toBe(true);
    }
  });
});

describe("stacking (d3.stack)", () => {
  const data = [
    { bucket: "2023-01-02", series: "b", value: 2 },
    { bucket: "2023-01-02", series: "a", value: 3 },
    { bucket: "2023-01-09", series: "b", value: 5 },
  ];
  it("stacks series in the legend's order, each bucket from zero, skipping absent series", () => {
    const segments = stackSegments(data, ["a", "b"], "stack").map((s) => [s.datum.bucket, s.datum.series, s.y0, s.y1]);
    expect(segments).toEqual([
      ["2023-01-02", "a", 0, 3],
      ["2023-01-02", "b", 3, 5],
      ["2023-01-09", "b", 0, 5],
    ]);
  });
  it("overlays draw every series from zero (one figure part of another)", () => {
    expect(stackSegments(data, ["a", "b"], "overlay").map((s) => [s.y0, s.y1])).toEqual([
      [0, 2],
      [0, 3],
      [0, 5],
    ]);
  });
  it("a bucket's stack adds up to the bucket's total", () => {
    const top = Math.max(...stackSegments(data, ["a", "b"], "stack").filter((s) => s.datum.bucket === "2023-01-02").map((s) => s.y1));
    expect(top).toBe(5);
  });
});
