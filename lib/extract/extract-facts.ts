/**
 * extractFacts(text, published): the facts a dispatch states, per the fact contract
 * (shared/docs/fact-contract.md). Deterministic and offline: rules over sentences, the
 * GeoNames gazetteer for places, and an optional ECB rate table for euro conversions; a model
 * learnt from the labelled real sets weighs each proposed fact's confidence (model/second-opinion.ts).
 */
import { contractFact } from "../facts/contract";
import { isRealDay } from "./days";
import { dedupe, placeNesting } from "./dedupe";
import { prepareDispatch } from "./dispatch";
import { KIND_EXTRACTORS } from "./kinds";
import { secondOpinion } from "./model/second-opinion";
import type { Candidate, ExtractOptions, ExtractedFact } from "./types";

export type { ExtractOptions, ExtractedFact } from "./types";

export function extractFacts(text: string, published: string, opts: ExtractOptions = {}): ExtractedFact[] {
  if (!isRealDay(published)) throw new Error(`invalid publication day "${published}": expected YYYY-MM-DD`);
  const d = prepareDispatch(text, published, opts);
  const candidates: Candidate[] = [];
  for (const s of d.sentences) {
    if (s.isFurniture) {
      d.diagnose(`skip page furniture: ${s.text.slice(0, 80)}`);
      continue;
    }
    for (const kind of KIND_EXTRACTORS) {
      if (kind.trigger.test(s.text)) candidates.push(...kind.detect(d, s));
    }
  }
  const facts: ExtractedFact[] = [];
  for (const c of dedupe(candidates, KIND_EXTRACTORS, placeNesting(d))) {
    const checked = contractFact.safeParse(c.fact);
    if (!checked.success) {
      d.diagnose(`drop ${c.kind} fact that breaks the contract: ${checked.error.issues[0]?.message ?? ""}`);
      continue;
    }
    if (opts.weigh !== false) c.fact.confidence = secondOpinion(c.fact, d.sentences).confidence;
    facts.push(c.fact);
  }
  return facts;
}
