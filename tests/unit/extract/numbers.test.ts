import { describe, expect, it } from "vitest";
import { nonCountReason } from "../../../lib/extract/non-counts";
import { findNumbers } from "../../../lib/extract/numbers";

const values = (s: string) => findNumbers(s).map((n) => n.value);
const reasons = (s: string) => findNumbers(s).map((n) => nonCountReason(s, n));

describe("numbers", () => {
  it("reads digits, separators, decimals and scales", () => {
    expect(values("1,200 people and 5.8 billion crowns and 1.2 million and 2.4bn")).toEqual([1200, 5_800_000_000, 1_200_000, 2_400_000_000]);
  });

  it("reads numbers in words", () => {
    expect(values("six civilians, a dozen others, twenty-two drones, Fourteen people, two hundred and fifty")).toEqual([6, 12, 22, 14, 250]);
  });

  it("does not read model names as numbers (F-16, Su-25, S-300, Shahed-136/131)", () => {
    expect(values("F-16 jets, Su-25, S-300 systems and Shahed-136/131 drones")).toEqual([]);
  });

  it.each([
    ["a 56-year-old man", "age"],
    ["aged 72", "age"],
    ["At least 20 hours were needed", "duration"],
    ["31 months after the invasion", "duration"],
    ["8 km from the front line", "unit"],
    ["the 12th package", "ordinal"],
    ["in 2014", "year"],
    ["On August 25, Moscow", "calendar day"],
    ["at 10:30 local time", "time"],
  ])("%j is not a count (%s)", (text, reason) => {
    expect(reasons(text)).toContain(reason);
  });

  it("keeps real counts", () => {
    expect(reasons("24 people were injured")).toEqual([null]);
  });
});
