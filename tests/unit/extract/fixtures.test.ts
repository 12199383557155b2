import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../lib/extract/extract-facts";
import { formatScores, loadFixtures, scoreFixtures } from "./fixture-score";

const dir = (set: string) => fileURLToPath(new URL(`../../fixtures/dispatches/${set}`, import.meta.url));

describe("annotated dispatches", () => {
  it("finds every fact of the development dispatches and nothing else", () => {
    const scores = scoreFixtures(loadFixtures(dir("dev")));
    for (const s of Object.values(scores)) {
      expect(s.fp).toBe(0);
      expect(s.fn).toBe(0);
      expect(s.fieldsAgree).toBe(s.fieldsCompared);
    }
  });

  it("keeps precision and recall of at least 0.8 per kind on the held-out dispatches", () => {
    const fixtures = ["heldout", "heldout2", "heldout3", "heldout4", "heldout5"].flatMap((set) => loadFixtures(dir(set)));
    const scores = scoreFixtures(fixtures);
    console.info(formatScores("held-out", scores));
    for (const s of Object.values(scores)) {
      expect(s.tp / Math.max(1, s.tp + s.fp)).toBeGreaterThanOrEqual(0.8);
      expect(s.tp / Math.max(1, s.tp + s.fn)).toBeGreaterThanOrEqual(0.8);
    }
  });

  it("quotes every fact of every fixture exactly as it stands in the text", () => {
    for (const set of ["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"]) {
      for (const fx of loadFixtures(dir(set))) {
        for (const f of extractFacts(fx.text, fx.published)) expect(fx.text.slice(f.start, f.end)).toBe(f.quote);
      }
    }
  });
});
