/**
 * Calibration of confidence on a labelled part (docs/extraction.md, "Calibration"): per rule, how
 * many facts it proposed and how many matched a label, with the smoothed base
 * (right + 1) / (proposed + 2) that rules.ts records; and, per confidence band, how many proposed
 * facts were right, so "≥ 0.9 is right at least 90% of the time" can be checked.
 */
import { pairFacts, type ScoredFact } from "./match";
import type { ScoredDispatch } from "./score";

export interface RuleRow {
  rule: string;
  proposed: number;
  right: number;
  base: number;
}
export interface BandRow {
  band: string;
  proposed: number;
  right: number;
}
export interface Calibration {
  rules: RuleRow[];
  bands: BandRow[];
}

const BANDS: Array<[string, number, number]> = [
  ["≥ 0.90", 0.9, Infinity],
  ["0.80–0.89", 0.8, 0.9],
  ["0.70–0.79", 0.7, 0.8],
  ["< 0.70", -Infinity, 0.7],
];

export function calibrate(dispatches: readonly ScoredDispatch[]): Calibration {
  const rules = new Map<string, { proposed: number; right: number }>();
  const bands = BANDS.map(([band]) => ({ band, proposed: 0, right: 0 }));
  for (const d of dispatches) {
    const { pairs } = pairFacts(d.predicted, d.labelled);
    const matched = new Set(pairs.map(([pi]) => pi));
    d.predicted.forEach((p: ScoredFact, i) => {
      const right = matched.has(i);
      const rule = typeof p.rule === "string" ? p.rule : "(none)";
      const r = rules.get(rule) ?? { proposed: 0, right: 0 };
      r.proposed++;
      if (right) r.right++;
      rules.set(rule, r);
      const confidence = typeof p.confidence === "number" ? p.confidence : 0;
      const b = bands[BANDS.findIndex(([, lo, hi]) => confidence >= lo && confidence < hi)];
      if (b) {
        b.proposed++;
        if (right) b.right++;
      }
    });
  }
  return {
    rules: [...rules.entries()]
      .map(([rule, r]) => ({ rule, ...r, base: Math.round(((r.right + 1) / (r.proposed + 2)) * 100) / 100 }))
      .sort((a, b) => a.rule.localeCompare(b.rule)),
    bands,
  };
}

export function formatCalibration(c: Calibration): string {
  return [
    "| rule | proposed | right | base |",
    "| --- | --- | --- | --- |",
    ...c.rules.map((r) => `| \`${r.rule}\` | ${r.proposed} | ${r.right} | ${r.base.toFixed(2)} |`),
    "",
    "| confidence | right / proposed |",
    "| --- | --- |",
    ...c.bands.map((b) => `| ${b.band} | ${b.right}/${b.proposed} |`),
  ].join("\n");
}
