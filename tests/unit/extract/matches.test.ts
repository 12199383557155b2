import { describe, expect, it } from "vitest";
import { allMatches } from "../../../lib/extract/matches";

/** What a caller of matchAll reads: each match's text, groups and offset. */
const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ text: m[0], groups: [...m].slice(1), index: m.index }));

describe("allMatches (matchAll without cloning the regex)", () => {
  it.each([
    ["capitalized runs", /[A-Z][a-z]*(?:\s+[A-Z][a-z]*)*/g, "Drones hit Nova Kakhovka and the Sumy region on Monday."],
    ["groups, and a group that did not take part", /(\d+)(?:\s+(million))?/g, "5 million euros and 40 drones"],
    ["case-insensitive word lists", /\b(?:a|an|one)\s+(man|woman)\b/gi, "A man and one woman were hurt; AN elderly MAN too."],
    ["no match at all", /\bshelter\b/g, "Nothing to see here."],
  ])("yields what matchAll yields: %s", (_, re, text) => {
    expect(shape(allMatches(re, text))).toEqual(shape(text.matchAll(re)));
  });

  it("steps past empty matches as matchAll does, by code point in unicode mode", () => {
    for (const re of [/x*/g, /\b/g, /(?:)/gu, /\p{L}*/gu]) {
      const text = "a😀b x😀";
      expect(shape(allMatches(re, text))).toEqual(shape(text.matchAll(re)));
    }
  });

  it("leaves the shared regex's lastIndex as it found it, and starts from it as matchAll does", () => {
    const re = /\d+/g;
    re.lastIndex = 3;
    expect(shape(allMatches(re, "12 34 56"))).toEqual(shape("12 34 56".matchAll(re)));
    expect(re.lastIndex).toBe(3);
  });

  it("gives each nested use of the same regex its own complete scan", () => {
    const re = /\w+/g;
    const pairs = allMatches(re, "ab cd").flatMap((outer) => allMatches(re, "x y").map((inner) => `${outer[0]}:${inner[0]}`));
    expect(pairs).toEqual(["ab:x", "ab:y", "cd:x", "cd:y"]);
  });

  it("refuses a regex without the g flag, as matchAll does", () => {
    expect(() => allMatches(/a/, "a")).toThrow(TypeError);
    expect(() => "a".matchAll(/a/)).toThrow(TypeError);
  });
});
