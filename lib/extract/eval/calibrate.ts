/**
 * Calibration of confidence on a labelled part (docs/extraction.md, "Calibration"): per rule, how
 * many facts it proposed and how many matched a label, with the smoothed base
 * (right + 1) / (proposed + 2) that rules.ts records; and, per confidence band, how many proposed
 * facts were right, so "≥ 0.9 is right at least 90% of the time" can be checked; and how well the
 * review queue (lowest confidence first) puts the wrong facts at its top.
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
/**
 * The review queue's order judged against the labels: `wrongFirst` is the chance that a wrong fact
 * sits above a right one when the queue opens lowest confidence first (ties count half; 0.5 is a
 * coin toss, 1 puts every wrong fact above every right one), `wrongInTopQuarter` how many of the wrong
 * facts the reviewer meets in the first quarter of the queue.
 */
export interface QueueOrder {
  right: number;
  wrong: number;
  wrongFirst: number | null;
  wrongInTopQuarter: number;
}
export interface Calibration {
  rules: RuleRow[];
  bands: BandRow[];
  queue: QueueOrder;
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
  const judged: Array<{ confidence: number; right: boolean }> = [];
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
      judged.push({ confidence, right });
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
    queue: queueOrder(judged),
  };
}

function queueOrder(judged: ReadonlyArray<{ confidence: number; right: boolean }>): QueueOrder {
  const right = judged.filter((j) => j.right).map((j) => j.confidence);
  const wrong = judged.filter((j) => !j.right).map((j) => j.confidence);
  let above = 0;
  for (const w of wrong) for (const r of right) above += w < r ? 1 : w === r ? 0.5 : 0;
  const pairs = wrong.length * right.length;
  // The queue's first quarter; equal confidences keep their proposal order, as the queue does.
  const top = [...judged].sort((a, b) => a.confidence - b.confidence).slice(0, Math.ceil(judged.length / 4));
  return {
    right: right.length,
    wrong: wrong.length,
    wrongFirst: pairs ? Math.round((above / pairs) * 100) / 100 : null,
    wrongInTopQuarter: top.filter((j) => !j.right).length,
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
    "",
    `Review queue (lowest confidence first): ${c.queue.wrong} wrong of ${c.queue.wrong + c.queue.right} proposed; ` +
      `a wrong fact sits above a right one with chance ${c.queue.wrongFirst === null ? "–" : c.queue.wrongFirst.toFixed(2)} (0.50 = no better than chance); ` +
      `${c.queue.wrongInTopQuarter} of the wrong facts are in the first quarter of the queue.`,
  ].join("\n");
}
