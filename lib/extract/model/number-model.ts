/**
 * The number model's second opinion on a proposed fact: how likely its figure, in the sentence that
 * states it, is a fact of its kind — learnt from the labelled real sets (scripts/train-number-model.ts,
 * docs/extraction.md "A learnt second opinion"). The rules decide what a fact is; the model only
 * weighs how typical the wording around its number is of facts that labellers counted, which
 * generalises to phrasings no rule was written for.
 */
import type { ContractFact } from "../../facts/contract";
import { findNumbers } from "../numbers";
import type { Sentence } from "../sentences";
import { probability, type LogisticModel } from "./logistic";
import trained from "./number-model.json";
import { numberFeatures } from "./number-features";

const MODELS = trained.models as Record<ContractFact["kind"], LogisticModel>;

/** The figures a fact states, as the text may write them (a shelter's metres also as km). */
function figuresOf(fact: ContractFact): number[] {
  switch (fact.kind) {
    case "injury":
      return [fact.injured, fact.killed].filter((v): v is number => typeof v === "number" && v > 0);
    case "drone":
      return [fact.count, fact.launched].filter((v): v is number => typeof v === "number");
    case "aid":
      return [fact.amount];
    case "shelter":
      return [fact.count, fact.lengthM, fact.widthM, fact.heightM].filter((v): v is number => typeof v === "number").flatMap((v) => [v, v / 1000, v * 100]);
  }
}

/**
 * The highest chance the model gives any number of the fact's quote that is one of its figures; null
 * when the quote writes no figure as a number ("a drone", "another shelter"): then there is nothing
 * for the model to judge.
 */
export function figureProbability(fact: ContractFact & { start: number; end: number }, sentences: readonly Sentence[]): number | null {
  const figures = figuresOf(fact);
  let best: number | null = null;
  for (const s of sentences) {
    if (s.end <= fact.start || s.start >= fact.end) continue;
    for (const m of findNumbers(s.text)) {
      if (!figures.some((v) => Math.abs(v - m.value) < 1e-6 * Math.max(1, v))) continue;
      const p = probability(MODELS[fact.kind], numberFeatures(s.text, m, { sentenceIndex: s.index, isHeading: s.isHeading }));
      if (best === null || p > best) best = p;
    }
  }
  return best;
}
