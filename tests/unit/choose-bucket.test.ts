import { describe, expect, it } from "vitest";
import { chooseBucket } from "@/lib/series/choose-bucket";

describe("time bucket for a date range", () => {
  it("keeps a chart to a few hundred points at most", () => {
    expect(chooseBucket("2023-09-01", "2023-09-30")).toBe("day");
    expect(chooseBucket("2023-01-01", "2023-06-30")).toBe("day");
    expect(chooseBucket("2022-02-24", "2023-12-31")).toBe("week");
    expect(chooseBucket("2014-01-01", "2026-11-26")).toBe("month");
    expect(chooseBucket("1950-01-01", "2026-11-26")).toBe("year");
  });
  it("falls back to days when the range is open", () => {
    expect(chooseBucket(null, "2023-01-01")).toBe("day");
  });
});
