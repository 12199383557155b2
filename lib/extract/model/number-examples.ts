/**
 * Training examples for the number model from a labelled dispatch: every number its sentences state,
 * positive for a kind when a labelled fact of that kind quotes it and states that value (a count, a
 * death or injured figure, a launch total, an amount, a size — in the unit written or in metres).
 */
import type { RealDispatch } from "../eval/real-set";
import { findNumbers } from "../numbers";
import { splitSentences } from "../sentences";
import { figuresOf, isFigure } from "./figures";
import { numberFeatures } from "./number-features";

export const MODEL_KINDS = ["injury", "drone", "aid", "shelter"] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export interface NumberExample {
  dispatch: string;
  features: string[];
  /** The kinds for which this number is a labelled fact's figure. */
  kinds: Set<ModelKind>;
}

export function numberExamples(d: RealDispatch): NumberExample[] {
  const out: NumberExample[] = [];
  for (const s of splitSentences(d.text)) {
    for (const m of findNumbers(s.text)) {
      const at = s.start + m.start;
      const kinds = new Set<ModelKind>();
      for (const f of d.facts) {
        if (at >= f.start && at < f.end && isFigure(figuresOf(f), m.value)) kinds.add(f.kind as ModelKind);
      }
      out.push({ dispatch: d.row.id, features: numberFeatures(s.text, m, { sentenceIndex: s.index, isHeading: s.isHeading }), kinds });
    }
  }
  return out;
}
