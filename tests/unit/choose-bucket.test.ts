import { describe, expect, it } from "vitest";
import { chooseBucket, countPeriods, MAX_PERIODS } from "@/lib/series/choose-bucket";

describe("time bucket for a date range", () => {
  it("is the finest bucket whose periods fit, so no period is ever cut", () => {
    expect(chooseBucket("2023-09-01", "2023-09-30")).toBe("day");
    expect(chooseBucket("2023-01-01", "2023-06-30")).toBe("day");
    expect(chooseBucket("2022-02-24", "2023-12-31")).toBe("week");
    expect(chooseBucket("2014-01-01", "2026-11-26")).toBe("month");
    expect(chooseBucket("1950-01-01", "2026-11-26")).toBe("year");
  });

  it("keeps the 202 weeks of 24 Feb 2022 – 31 Dec 2025 as weeks (the old 200-period limit cut the last two)", () => {
    expect(countPeriods("2022-02-24", "2025-12-31", "week")).toBe(202);
    expect(chooseBucket("2022-02-24", "2025-12-31")).toBe("week");
  });

  it("moves to a coarser bucket as soon as the finer one would exceed the limit", () => {
    expect(countPeriods("2023-01-01", "2023-01-01", "day")).toBe(1);
    expect(chooseBucket("2023-01-01", "2023-01-20", 19)).toBe("week");
    expect(chooseBucket("2023-01-01", "2023-01-19", 19)).toBe("day");
    for (const [from, to] of [["2022-02-24", "2025-12-31"], ["2001-03-05", "2026-02-28"], ["2023-10-01", "2024-04-17"]] as const) {
      expect(countPeriods(from, to, chooseBucket(from, to))).toBeLessThanOrEqual(MAX_PERIODS);
    }
  });

  it("counts partial periods at both ends: Sunday to Monday is two ISO weeks, 31 Dec to 1 Jan two months and two years", () => {
    expect(countPeriods("2023-10-01", "2023-10-02", "week")).toBe(2);
    expect(countPeriods("2023-10-02", "2023-10-08", "week")).toBe(1);
    expect(countPeriods("2023-12-31", "2024-01-01", "month")).toBe(2);
    expect(countPeriods("2023-12-31", "2024-01-01", "year")).toBe(2);
  });

  it("falls back to days when the range is open", () => {
    expect(chooseBucket(null, "2023-01-01")).toBe("day");
  });
});
