import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightSegments, type QuoteRange } from "../../lib/sources/highlight-segments";

const TEXT = "0123456789";

/** Segments as [text, factIds] pairs: the shape a reader checks by eye. */
const runs = (text: string, ranges: QuoteRange[]) => highlightSegments(text, ranges).map((s) => [s.text, s.factIds]);

describe("highlightSegments", () => {
  it("returns the whole text as one plain segment when there are no quotes", () => {
    expect(runs(TEXT, [])).toEqual([["0123456789", []]]);
  });

  it("returns no segments for an empty text", () => {
    expect(highlightSegments("", [])).toEqual([]);
  });

  it("marks one quote and keeps the text around it", () => {
    expect(runs(TEXT, [{ id: 1, start: 2, end: 5 }])).toEqual([
      ["01", []],
      ["234", [1]],
      ["56789", []],
    ]);
  });

  it("splits overlapping quotes so the shared part lists both facts", () => {
    expect(runs(TEXT, [{ id: 1, start: 1, end: 6 }, { id: 2, start: 4, end: 8 }])).toEqual([
      ["0", []],
      ["123", [1]],
      ["45", [1, 2]],
      ["67", [2]],
      ["89", []],
    ]);
  });

  it("splits a nested quote out of the quote that contains it", () => {
    expect(runs(TEXT, [{ id: 1, start: 0, end: 10 }, { id: 2, start: 3, end: 5 }])).toEqual([
      ["012", [1]],
      ["34", [1, 2]],
      ["56789", [1]],
    ]);
  });

  it("keeps adjacent quotes apart without a gap or a shared character", () => {
    expect(runs(TEXT, [{ id: 1, start: 0, end: 4 }, { id: 2, start: 4, end: 10 }])).toEqual([
      ["0123", [1]],
      ["456789", [2]],
    ]);
  });

  it("gives identical quotes one segment listing both facts", () => {
    expect(runs(TEXT, [{ id: 7, start: 2, end: 6 }, { id: 3, start: 2, end: 6 }])).toEqual([
      ["01", []],
      ["2345", [7, 3]],
      ["6789", []],
    ]);
  });

  it("accepts a quote that is the whole text", () => {
    expect(runs(TEXT, [{ id: 1, start: 0, end: 10 }])).toEqual([["0123456789", [1]]]);
  });

  it("reports each segment's offsets into the text", () => {
    const segments = highlightSegments(TEXT, [{ id: 1, start: 2, end: 5 }]);
    expect(segments.map((s) => [s.start, s.end])).toEqual([[0, 2], [2, 5], [5, 10]]);
  });

  it("counts offsets in JavaScript string indices, so a quote after an emoji still lines up", () => {
    const text = "🚀 24 injured";
    const start = text.indexOf("24");
    expect(runs(text, [{ id: 1, start, end: text.length }])).toEqual([["🚀 ", []], ["24 injured", [1]]]);
  });

  it.each([
    ["an end past the text", { id: 1, start: 5, end: 11 }],
    ["a negative start", { id: 1, start: -1, end: 3 }],
    ["an empty range", { id: 1, start: 4, end: 4 }],
    ["a start after the end", { id: 1, start: 6, end: 3 }],
    ["a fractional offset", { id: 1, start: 1.5, end: 3 }],
    ["a NaN offset", { id: 1, start: Number.NaN, end: 3 }],
  ])("rejects %s", (_name, range) => {
    expect(() => highlightSegments(TEXT, [range])).toThrow(RangeError);
  });

  it("names the fact whose range is bad", () => {
    expect(() => highlightSegments(TEXT, [{ id: 1, start: 0, end: 2 }, { id: 42, start: 8, end: 99 }])).toThrow(/fact 42/);
  });

  it("rejects a fact given twice", () => {
    expect(() => highlightSegments(TEXT, [{ id: 1, start: 0, end: 2 }, { id: 1, start: 4, end: 6 }])).toThrow(/more than one/);
  });

  it("preserves the text and lists exactly the facts covering each character, for any ranges", () => {
    const input = fc
      .string({ minLength: 1, maxLength: 60 })
      .chain((text) =>
        fc.tuple(
          fc.constant(text),
          fc.array(
            fc.tuple(fc.nat(text.length), fc.nat(text.length)).filter(([a, b]) => a !== b).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
            { maxLength: 8 },
          ),
        ),
      );
    fc.assert(
      fc.property(input, ([text, pairs]) => {
        const ranges = pairs.map(([start, end], i) => ({ id: i + 1, start, end }));
        const segments = highlightSegments(text, ranges);
        expect(segments.map((s) => s.text).join("")).toBe(text);
        for (const s of segments) {
          expect(s.text.length).toBeGreaterThan(0);
          const covering = ranges.filter((r) => r.start <= s.start && s.end <= r.end).map((r) => r.id);
          expect(s.factIds).toEqual(covering);
          // No range may end or start strictly inside a segment.
          expect(ranges.some((r) => (r.start > s.start && r.start < s.end) || (r.end > s.start && r.end < s.end))).toBe(false);
        }
      }),
      { seed: 20230913, numRuns: 300 },
    );
  });
});
