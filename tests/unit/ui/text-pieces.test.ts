import { describe, expect, it } from "vitest";
import { toParagraphPieces } from "@/lib/sources/text-pieces";

describe("the dispatch text as paragraphs of pieces", () => {
  const text = "Drones hit Odesa.\nTwo people were injured.\n\nNo one else was hurt.";

  it("splits at line breaks, drops empty paragraphs, and keeps each piece's exact offset in the stored text", () => {
    const paragraphs = toParagraphPieces(text, []);
    expect(paragraphs.map((p) => p.map((piece) => piece.text))).toEqual([["Drones hit Odesa."], ["Two people were injured."], ["No one else was hurt."]]);
    for (const piece of paragraphs.flat()) expect(text.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
  });

  it("marks the pieces a quote covers, and where the quote starts and ends", () => {
    const start = text.indexOf("Two");
    const quote = { id: 7, start, end: start + "Two people were injured.".length };
    const [, second] = toParagraphPieces(text, [quote]);
    expect(second).toEqual([{ text: "Two people were injured.", start, factIds: [7], startsFacts: [7], endsFacts: [7] }]);
  });

  it("moves the start of a quote that begins on a line break to the first piece that is drawn", () => {
    const start = text.indexOf("\nTwo");
    const paragraphs = toParagraphPieces(text, [{ id: 3, start, end: text.indexOf(".", start) + 1 }]);
    const covered = paragraphs.flat().filter((p) => p.factIds.includes(3));
    expect(covered.map((p) => p.text)).toEqual(["Two people were injured."]);
    expect(covered[0]!.startsFacts).toEqual([3]);
    expect(covered[0]!.endsFacts).toEqual([3]);
  });

  it("splits overlapping quotes into pieces covered by one, both, then one", () => {
    const t = "Seven drones were launched and five shot down.";
    const [pieces] = toParagraphPieces(t, [
      { id: 1, start: 0, end: t.indexOf(" and") },
      { id: 2, start: t.indexOf("launched"), end: t.length },
    ]);
    expect(pieces!.map((p) => [p.text, p.factIds])).toEqual([
      ["Seven drones were ", [1]],
      ["launched", [1, 2]],
      [" and five shot down.", [2]],
    ]);
    expect(pieces!.map((p) => p.endsFacts)).toEqual([[], [1], [2]]);
  });
});
