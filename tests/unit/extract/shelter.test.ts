import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers";

describe("shelter facts", () => {
  it("reads the count and the inside dimensions from the next sentence, quoting both", () => {
    const [f] = factsOf(
      "shelter",
      "The Romanian army has started to build two concrete shelters in the town of Plauru. They will be 9.6 m long, 2 m wide and 1.5 m high inside.",
    );
    expect([f?.count, f?.lengthM, f?.widthM, f?.heightM, f?.place, f?.country]).toEqual([2, 9.6, 2, 1.5, "Plauru", "RO"]);
    expect(f?.quote).toContain("9.6 m long");
  });

  it("reads sizes written in metres and 'by'", () => {
    expect(factsOf("shelter", "Workers installed 40 modular shelters in Kharkiv, each 2.5 metres long and 1.2 metres wide.")[0]?.widthM).toBe(1.2);
    expect(factsOf("shelter", "Kyiv has built 12 bunkers measuring 6 by 3 by 2.5 metres.")[0]?.heightM).toBe(2.5);
  });

  it("does not read a capacity or a deployment as a shelter count", () => {
    // The guide (§1, §9): "an underground school opened" is one shelter; the 900 pupils are its capacity.
    expect(factsOf("shelter", "Kharkiv opened an underground school able to shelter 900 pupils.").map((f) => f.count)).toEqual([1]);
    expect(factsOf("shelter", "The new shelters will accommodate 50 people each.")).toEqual([]);
    expect(factsOf("shelter", "A detachment of around 50 soldiers was deployed to build the shelters.")).toEqual([]);
  });

  it("places shelters in the section's region when the sentence names no place or country", () => {
    const text = "A Russian drone hit a bus in the Sumy region on Saturday.\nRegional authorities have installed 30 concrete shelters at bus stops, each 3 metres long.";
    expect(factsOf("shelter", text).map((f) => [f.count, f.place, f.country, f.lengthM])).toEqual([[30, "Sumy region", "UA", 3]]);
  });

  it("takes the announcement day from an earlier sentence about the same shelters", () => {
    const text = "Romania announced on Tuesday that it had started building air raid shelters.\nThe Romanian army has started work to build two concrete shelters in Plauru.";
    expect(factsOf("shelter", text)[0]?.date).toBe("2023-09-12");
  });
});
