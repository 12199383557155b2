import { describe, expect, it } from "vitest";
import trained from "../../../lib/extract/model/number-model.json";
import { auroc, probability, train } from "../../../lib/extract/model/logistic";
import { numberFeatures, numberProbability } from "../../../lib/extract/model/number-features";
import { figureProbability } from "../../../lib/extract/model/number-model";
import { secondOpinion } from "../../../lib/extract/model/second-opinion";
import { findNumbers } from "../../../lib/extract/numbers";
import { splitSentences } from "../../../lib/extract/sentences";
import type { ExtractedFact } from "../../../lib/extract/types";

const at = (sentence: string, raw: string) => {
  const m = findNumbers(sentence).find((n) => n.raw === raw);
  if (!m) throw new Error(`no number "${raw}" in "${sentence}"`);
  return m;
};
const chance = (kind: "injury" | "drone" | "aid" | "shelter", sentence: string, raw: string) =>
  probability((trained.models as Record<string, { bias: number; weights: Record<string, number> }>)[kind]!, numberFeatures(sentence, at(sentence, raw), { sentenceIndex: 2, isHeading: false }));

describe("the number model's features", () => {
  it("names the stems beside the number, around it and in the sentence, and the number's shape", () => {
    const s = "A shelling of the town injured 24 people on Friday.";
    const f = numberFeatures(s, at(s, "24"), { sentenceIndex: 0, isHeading: false });
    expect(f).toEqual(expect.arrayContaining(["l1:injur", "r1:peopl", "R:friday", "L:town", "S:shell", "form:digit", "mag:10-99", "pos:first"]));
    const y = "The fence was finished in 2023.";
    expect(numberFeatures(y, at(y, "2023"), { sentenceIndex: 4, isHeading: false })).toEqual(expect.arrayContaining(["shape:year", "pos:body"]));
  });
});

describe("the extractor's fast scoring", () => {
  it("gives exactly what the model gives the named features, for every number of every kind", () => {
    const sentences = [
      "Ukraine's air force said it shot down 31 of the 35 drones, and \"12 more\" fell in the Odesa region on 3 May.",
      "A 90-km fence, four metres high, was completed in 2024 at a cost of €12 million.",
      "The attack killed two people and wounded 14 others, including three children, the the governor said.",
    ];
    const models = trained.models as Record<string, { bias: number; weights: Record<string, number> }>;
    for (const s of sentences) {
      for (const m of findNumbers(s)) {
        for (const [kind, model] of Object.entries(models)) {
          for (const ctx of [{ sentenceIndex: 0, isHeading: true }, { sentenceIndex: 5, isHeading: false }]) {
            expect(numberProbability(model, s, m, ctx), `${kind} ${m.raw}`).toBeCloseTo(probability(model, numberFeatures(s, m, ctx)), 12);
          }
        }
      }
    }
  });
});

describe("logistic regression on sparse features", () => {
  it("learns which feature marks the positives and ranks them first", () => {
    const examples = Array.from({ length: 60 }, (_, i) => ({ features: [i % 3 === 0 ? "cue" : "other", `noise${i % 7}`], label: (i % 3 === 0 ? 1 : 0) as 0 | 1 }));
    const model = train(examples);
    expect(probability(model, ["cue", "noise1"])).toBeGreaterThan(0.8);
    expect(probability(model, ["other", "noise1"])).toBeLessThan(0.2);
    expect(auroc(examples.map((e) => ({ p: probability(model, e.features), label: e.label })))).toBe(1);
  });

  it("measures AUROC with ties as half and says null when one class is missing", () => {
    expect(auroc([{ p: 0.2, label: 0 }, { p: 0.8, label: 1 }])).toBe(1);
    expect(auroc([{ p: 0.5, label: 0 }, { p: 0.5, label: 1 }])).toBe(0.5);
    expect(auroc([{ p: 0.5, label: 1 }])).toBeNull();
  });
});

describe("the shipped number model (invented sentences)", () => {
  it("was trained without the blind set real-fresh8", () => {
    expect(trained.trainedOn).not.toContain("real-fresh8");
    expect(trained.trainedOn.length).toBeGreaterThanOrEqual(6);
  });

  it("rates a casualty count above the day, the year and a building count of the same sentence", () => {
    const s = "A missile strike on the port city on 3 March 2025 wounded 17 people and damaged 40 houses.";
    const casualties = chance("injury", s, "17");
    for (const other of ["3", "2025", "40"]) expect(casualties, other).toBeGreaterThan(chance("injury", s, other));
  });

  it("rates a shoot-down figure above the launch hour and an aid amount above a year", () => {
    const d = "Air defence forces shot down 31 drones launched overnight from 2 directions, the air force said.";
    expect(chance("drone", d, "31")).toBeGreaterThan(chance("drone", d, "2"));
    const a = "The government will provide 250 million euros in military aid in 2026.";
    expect(chance("aid", a, "250 million")).toBeGreaterThan(chance("aid", a, "2026"));
  });
});

describe("the second opinion on a proposed fact", () => {
  const text = "A drone attack on the city injured 12 people, the governor said. Another shelter opened.";
  const sentences = splitSentences(text);
  const injury = (confidence: number): ExtractedFact => ({
    kind: "injury", date: "2025-01-01", country: "UA", place: null, injured: 12, killed: null, serious: null, attacker: "RU",
    quote: sentences[0]!.text, start: 0, end: sentences[0]!.end, confidence,
  });

  it("reads the fact's own figure in its quote and leaves a fact without a written figure to the rule", () => {
    expect(figureProbability(injury(0.6), sentences)).toBeGreaterThan(0);
    const shelter = { kind: "shelter", date: "2025-01-01", country: "UA", place: null, count: 1, lengthM: null, widthM: null, heightM: null,
      quote: sentences[1]!.text, start: sentences[1]!.start, end: sentences[1]!.end, confidence: 0.6 } as ExtractedFact;
    expect(figureProbability(shelter, sentences)).toBeNull();
    expect(secondOpinion(shelter, sentences).blend).toBe(0.6);
  });

  it("keeps the rule's order: a surer rule gives a surer fact, always within (0, 1)", () => {
    const low = secondOpinion(injury(0.3), sentences).confidence;
    const high = secondOpinion(injury(0.8), sentences).confidence;
    expect(high).toBeGreaterThan(low);
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThan(1);
  });
});
