import { describe, expect, it } from "vitest";
import { valueTickFormat } from "@/components/charts/value-ticks";

describe("valueTickFormat", () => {
  it("writes every label of an axis the same way: compact from a top of 10,000", () => {
    const big = valueTickFormat(10_000);
    expect([0, 2000, 8000, 10_000].map(big)).toEqual(["0", "2k", "8k", "10k"]);
    expect(valueTickFormat(2.5e9)(1.5e9)).toBe("1.5B");
  });

  it("keeps whole numbers with separators below that", () => {
    const small = valueTickFormat(8000);
    expect([0, 2000, 8000].map(small)).toEqual(["0", "2,000", "8,000"]);
  });
});
