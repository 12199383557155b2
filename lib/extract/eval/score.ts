/**
 * Scores extractor output against the labels: per kind and overall precision, recall and F1 over
 * the guide's matching rule (match.ts), attribute accuracy on matched pairs (exact date, place and
 * each kind's key fields), and every false positive and false negative with its quote.
 */
import { FACT_KINDS, type FactKind } from "../../facts/contract";
import { mainNumber, pairFacts, sameNumber, type ScoredFact } from "./match";
import { placesAgree } from "./place";

/** The key fields compared on matched pairs, besides date and place. */
export const KEY_FIELDS: Record<FactKind, readonly string[]> = {
  injury: ["injured", "killed", "serious", "attacker"],
  drone: ["launched", "outcome", "claimant"],
  aid: ["currency", "amountEur", "donor", "recipient", "category"],
  shelter: ["lengthM", "widthM", "heightM"],
};

export interface ScoredDispatch {
  id: string;
  labelled: ScoredFact[];
  predicted: ScoredFact[];
}
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}
export interface Agreement {
  agree: number;
  compared: number;
}
export interface FactLine {
  id: string;
  kind: FactKind;
  number: number | null;
  date: string;
  country: string;
  place: string | null;
  quote: string;
}
export interface Disagreement {
  id: string;
  kind: FactKind;
  field: string;
  labelled: unknown;
  predicted: unknown;
  quote: string;
}
export interface Score {
  dispatches: number;
  kinds: Record<FactKind, Counts>;
  overall: Counts;
  attributes: Record<FactKind, Record<string, Agreement>>;
  attributesOverall: Agreement;
  place: Agreement;
  falsePositives: FactLine[];
  falseNegatives: FactLine[];
  disagreements: Disagreement[];
}

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : tp + fp + fn ? 0 : null;
  return { tp, fp, fn, precision, recall, f1 };
}

const isBlank = (v: unknown) => v === null || v === undefined;

/** Equal field values; a stated 0 injured is the contract's way of writing "none stated". */
export function valuesAgree(field: string, labelled: unknown, predicted: unknown): boolean {
  const norm = (v: unknown) => (field === "injured" && v === 0 ? null : v);
  const a = norm(labelled);
  const b = norm(predicted);
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === "number" && typeof b === "number") return sameNumber(a, b);
  return a === b;
}

/** The fields compared on one matched pair: the main number is what matched, so it is left out. */
function comparedFields(l: ScoredFact): string[] {
  const fields = KEY_FIELDS[l.kind].filter((f) => !(f === "amountEur" && isBlank(l.amountEur)));
  if (l.kind !== "injury") return fields;
  const main = typeof l.injured === "number" && l.injured > 0 ? "injured" : "killed";
  return fields.filter((f) => f !== main);
}

const line = (id: string, f: ScoredFact): FactLine => ({
  id,
  kind: f.kind,
  number: mainNumber(f),
  date: f.date,
  country: f.country,
  place: f.place,
  quote: f.quote,
});

export function scoreDispatches(dispatches: readonly ScoredDispatch[]): Score {
  const tally = Object.fromEntries(FACT_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<FactKind, { tp: number; fp: number; fn: number }>;
  const attributes = Object.fromEntries(FACT_KINDS.map((k) => [k, {}])) as Record<FactKind, Record<string, Agreement>>;
  const falsePositives: FactLine[] = [];
  const falseNegatives: FactLine[] = [];
  const disagreements: Disagreement[] = [];
  const note = (kind: FactKind, field: string, agree: boolean) => {
    const a = (attributes[kind][field] ??= { agree: 0, compared: 0 });
    a.compared++;
    if (agree) a.agree++;
  };

  for (const d of dispatches) {
    const { pairs, unmatchedPredicted, unmatchedLabelled } = pairFacts(d.predicted, d.labelled);
    for (const [pi, li] of pairs) {
      const p = d.predicted[pi] as ScoredFact;
      const l = d.labelled[li] as ScoredFact;
      tally[l.kind].tp++;
      const checks: Array<[string, boolean, unknown, unknown]> = [
        ["date", p.date === l.date, l.date, p.date],
        ["place", placesAgree(l.place, p.place), l.place, p.place],
        ...comparedFields(l).map((f): [string, boolean, unknown, unknown] => [f, valuesAgree(f, l[f], p[f]), l[f] ?? null, p[f] ?? null]),
      ];
      for (const [field, agree, lv, pv] of checks) {
        note(l.kind, field, agree);
        if (!agree) disagreements.push({ id: d.id, kind: l.kind, field, labelled: lv, predicted: pv, quote: l.quote });
      }
    }
    for (const i of unmatchedPredicted) {
      const p = d.predicted[i] as ScoredFact;
      tally[p.kind].fp++;
      falsePositives.push(line(d.id, p));
    }
    for (const j of unmatchedLabelled) {
      const l = d.labelled[j] as ScoredFact;
      tally[l.kind].fn++;
      falseNegatives.push(line(d.id, l));
    }
  }

  const kinds = Object.fromEntries(FACT_KINDS.map((k) => [k, counts(tally[k].tp, tally[k].fp, tally[k].fn)])) as Record<FactKind, Counts>;
  const sum = (key: "tp" | "fp" | "fn") => FACT_KINDS.reduce((s, k) => s + tally[k][key], 0);
  const all = FACT_KINDS.flatMap((k) => Object.values(attributes[k]));
  const places = FACT_KINDS.map((k) => attributes[k].place).filter((a): a is Agreement => a !== undefined);
  const total = (xs: Agreement[]): Agreement => xs.reduce((s, a) => ({ agree: s.agree + a.agree, compared: s.compared + a.compared }), { agree: 0, compared: 0 });
  return {
    dispatches: dispatches.length,
    kinds,
    overall: counts(sum("tp"), sum("fp"), sum("fn")),
    attributes,
    attributesOverall: total(all),
    place: total(places),
    falsePositives,
    falseNegatives,
    disagreements,
  };
}
