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
import { figuresOf, isFigure } from "./figures";
import type { LogisticModel } from "./logistic";
import trained from "./number-model.json";
import { numberProbability } from "./number-features";

const MODELS = trained.models as Record<ContractFact["kind"], LogisticModel>;

/**
 * The highest chance the model gives any number of the fact's quote that is one of its figures; null
 * when the quote writes no figure as a number ("a drone", "another shelter"): then there is nothing
 * for the model to judge. `model` is the shipped one unless a fit passes one trained without a set.
 */
export function figureProbability(
  fact: ContractFact & { start: number; end: number },
  sentences: readonly Sentence[],
  model: LogisticModel = MODELS[fact.kind],
): number | null {
  const figures = figuresOf(fact);
  let best: number | null = null;
  for (const s of sentences) {
    if (s.end <= fact.start || s.start >= fact.end) continue;
    for (const m of findNumbers(s.text)) {
      if (!isFigure(figures, m.value)) continue;
      const p = numberProbability(model, s.text, m, { sentenceIndex: s.index, isHeading: s.isHeading });
      if (best === null || p > best) best = p;
    }
  }
  return best;
}
