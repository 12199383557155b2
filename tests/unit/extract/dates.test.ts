import { describe, expect, it } from "vitest";
import { findDateMentions, pickDate } from "../../../lib/extract/dates";

// Published on Wednesday 2023-09-13.
const dayOf = (s: string, published = "2023-09-13") => pickDate(findDateMentions(s, published), s.length)?.date ?? null;

describe("dates resolved against the publication day", () => {
  it.each([
    ["this Wednesday", "2023-09-13"],
    ["on Tuesday", "2023-09-12"],
    ["last Wednesday", "2023-09-06"],
    ["on Saturday", "2023-09-09"],
    ["overnight from Tuesday to Wednesday", "2023-09-13"],
    ["on the night of Monday to Tuesday", "2023-09-12"],
    ["overnight into Tuesday", "2023-09-12"],
    ["overnight Monday into Tuesday", "2023-09-12"],
    ["on Monday night into Tuesday", "2023-09-12"],
    ["On August 25", "2023-08-25"],
    ["on 25 August", "2023-08-25"],
    ["on December 30", "2022-12-30"],
    ["on Tuesday September 12", "2023-09-12"],
    ["on February 8, 2023", "2023-02-08"],
    ["on 9 Feb. 2023", "2023-02-09"],
    ["yesterday", "2023-09-12"],
    ["overnight", "2023-09-13"],
    ["this morning", "2023-09-13"],
  ])("%j → %s", (text, day) => {
    expect(dayOf(text)).toBe(day);
  });

  it("names no day for vague or future phrases", () => {
    expect(dayOf("last week")).toBeNull();
    expect(dayOf("next Monday")).toBeNull();
    expect(dayOf("in February 2022")).toBeNull();
  });

  it("prefers a named day to 'overnight' in the same sentence", () => {
    expect(dayOf("On Monday, the air force said drones attacked overnight")).toBe("2023-09-11");
  });
});
