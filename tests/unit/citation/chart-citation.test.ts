import { describe, expect, it } from "vitest";
import { chartCitation, describeFilters } from "@/lib/citation/chart-citation";

describe("chartCitation", () => {
  it("names the chart, the filters in words, the data's last day, the link and the day accessed", () => {
    const c = chartCitation({
      title: "Injured by place",
      filters: { country: ["UA", "DK"], role: ["location"], from: "2023-01-01", to: "2023-12-31", status: ["verified"] },
      dataThrough: "2023-12-30",
      url: "https://factboard.example/injuries?country=UA,DK",
      accessed: "2026-12-02",
    });
    expect(c.filters).toBe("Ukraine, Denmark (as the place) · 2023-01-01 to 2023-12-31 · verified facts");
    expect(c.dataThrough).toBe("Data through 30 Dec 2023");
    expect(c.citation).toBe(
      "Factboard, “Injured by place” (Ukraine, Denmark (as the place) · 2023-01-01 to 2023-12-31 · verified facts; data through 30 Dec 2023). https://factboard.example/injuries?country=UA,DK (accessed 2 Dec 2026).",
    );
    expect(c.source).toMatch(/^Source: Factboard/);
    expect(c.method).toMatch(/ECB euro foreign exchange reference rates/);
  });

  it("leaves the day accessed out where it is not known (the server's render of a page)", () => {
    const c = chartCitation({ title: "Timeline", filters: {}, url: "/?status=all" });
    expect(c.citation).toBe("Factboard, “Timeline” (all countries · all dates · verified facts). /?status=all.");
  });

  it("says 'all countries', 'all dates' and verified by default", () => {
    expect(describeFilters({})).toBe("all countries · all dates · verified facts");
    expect(describeFilters({ kind: ["aid"], status: ["verified", "proposed"] })).toBe("Aid · all countries · all dates · verified + proposed facts");
  });
});
