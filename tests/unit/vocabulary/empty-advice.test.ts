import { describe, expect, it } from "vitest";
import { emptyAdvice } from "@/lib/vocabulary/empty-advice";

describe("emptyAdvice", () => {
  it("suggests clearing only the filters that are set", () => {
    expect(emptyAdvice({ status: ["verified"] })).toBe("Include proposed facts (Review status).");
    expect(emptyAdvice({ from: "2023-01-01", status: ["verified"] })).toBe("Widen the date range or include proposed facts (Review status).");
    expect(emptyAdvice({ country: ["UA"], from: "2023-01-01", status: ["verified", "proposed"] })).toBe("Widen the date range or clear the country filter.");
  });

  it("has nothing to clear when no filter is set", () => {
    expect(emptyAdvice({ status: ["verified", "proposed", "rejected"] })).toBe("Nothing has been recorded for this yet.");
  });
});
