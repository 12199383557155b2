/**
 * Training examples for the number model from a labelled dispatch: every number its sentences state,
 * positive for a kind when a labelled fact of that kind quotes it and states that value (a count, a
 * death or injured figure, a launch total, an amount, a size — in the unit written or in metres).
 */
import type { RealDispatch } from "../eval/real-set";
import { findNumbers } from "../numbers";
import { splitSentences } from "../sentences";
import { numberFeatures } from "./number-features";

export const MODEL_KINDS = ["injury", "drone", "aid", "shelter"] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export interface NumberExample {
  dispatch: string;
  features: string[];
  /** The kinds for which this number is a labelled fact's figure. */
  kinds: Set<ModelKind>;
}

type Labelled = RealDispatch["facts"][number];

function figuresOf(f: Labelled): number[] {
  const r = f as unknown as Record<string, unknown>;
  const fields = f.kind === "injury" ? ["injured", "killed"] : f.kind === "drone" ? ["count", "launched"] : f.kind === "aid" ? ["amount"] : ["count", "lengthM", "widthM", "heightM"];
  const values = fields.map((k) => r[k]).filter((v): v is number => typeof v === "number");
  // A shelter's size is stored in metres; the text may give km or cm.
  return f.kind === "shelter" ? values.flatMap((v) => [v, v / 1000, v * 100]) : values;
}

export function numberExamples(d: RealDispatch): NumberExample[] {
  const out: NumberExample[] = [];
  for (const s of splitSentences(d.text)) {
    for (const m of findNumbers(s.text)) {
      const at = s.start + m.start;
      const kinds = new Set<ModelKind>();
      for (const f of d.facts) {
        if (at >= f.start && at < f.end && figuresOf(f).some((v) => Math.abs(v - m.value) < 1e-6 * Math.max(1, v))) kinds.add(f.kind as ModelKind);
      }
      out.push({ dispatch: d.row.id, features: numberFeatures(s.text, m, { sentenceIndex: s.index, isHeading: s.isHeading }), kinds });
    }
  }
  return out;
}
