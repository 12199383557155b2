import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../lib/extract/sentences";

describe("sentences", () => {
  const text = "Fire in Sevastopol shipyard leaves 24 injured\nA Ukrainian attack hit Sevastopol. The U.S. said Mr. Smith left at 5.30.\n“Six civilians” were injured, he said. Done!";
  const sentences = splitSentences(text);

  it("keeps offsets that slice back to each sentence", () => {
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("treats a line without closing punctuation as a heading that starts a section", () => {
    expect(sentences[0]).toMatchObject({ isHeading: true, text: "Fire in Sevastopol shipyard leaves 24 injured" });
  });

  it("does not split at abbreviations or decimals", () => {
    expect(sentences.map((s) => s.text)).toEqual([
      "Fire in Sevastopol shipyard leaves 24 injured",
      "A Ukrainian attack hit Sevastopol.",
      "The U.S. said Mr. Smith left at 5.30.",
      "“Six civilians” were injured, he said.",
      "Done!",
    ]);
  });

  it("numbers paragraphs by line", () => {
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2, 2]);
  });
});
