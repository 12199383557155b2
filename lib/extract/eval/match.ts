/**
 * Pairs predicted facts with labelled ones, by the annotation guide's rule: same kind, same main
 * number (injured — or killed when no one is stated injured —, drone count, aid amount, shelter
 * count), same country (the donor for aid) and a date within one day. When several pairs are
 * possible, the pair whose quotes overlap most, then whose dates agree exactly, is taken first.
 */
import type { FactKind } from "../../facts/contract";
import { daysBetween } from "../days";

/** The fields every fact shares, as both the labels and the extractor write them. */
export interface ScoredFact {
  kind: FactKind;
  date: string;
  country: string;
  place: string | null;
  quote: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** The number that identifies a fact within its kind; a deaths-only injury is identified by its deaths. */
export function mainNumber(f: ScoredFact): number | null {
  switch (f.kind) {
    case "injury": {
      const injured = num(f.injured);
      return injured !== null && injured > 0 ? injured : num(f.killed);
    }
    case "drone":
    case "shelter":
      return num(f.count);
    case "aid":
      return num(f.amount);
  }
}

export const sameNumber = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function dayDistance(a: string, b: string): number {
  return Math.abs(daysBetween(a, b));
}

export function matches(predicted: ScoredFact, labelled: ScoredFact): boolean {
  return (
    predicted.kind === labelled.kind &&
    predicted.country === labelled.country &&
    sameNumber(mainNumber(predicted), mainNumber(labelled)) &&
    dayDistance(predicted.date, labelled.date) <= 1
  );
}

const overlap = (a: ScoredFact, b: ScoredFact): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export interface Pairing {
  /** [predicted index, labelled index] */
  pairs: Array<[number, number]>;
  unmatchedPredicted: number[];
  unmatchedLabelled: number[];
}

export function pairFacts(predicted: readonly ScoredFact[], labelled: readonly ScoredFact[]): Pairing {
  const candidates: Array<{ p: number; l: number; overlap: number; days: number }> = [];
  predicted.forEach((p, i) =>
    labelled.forEach((l, j) => {
      if (matches(p, l)) candidates.push({ p: i, l: j, overlap: overlap(p, l), days: dayDistance(p.date, l.date) });
    }),
  );
  candidates.sort((a, b) => b.overlap - a.overlap || a.days - b.days || a.l - b.l || a.p - b.p);
  const usedP = new Set<number>();
  const usedL = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedL.has(c.l)) continue;
    usedP.add(c.p);
    usedL.add(c.l);
    pairs.push([c.p, c.l]);
  }
  return {
    pairs,
    unmatchedPredicted: predicted.map((_, i) => i).filter((i) => !usedP.has(i)),
    unmatchedLabelled: labelled.map((_, j) => j).filter((j) => !usedL.has(j)),
  };
}
