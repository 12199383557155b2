/** The evaluation as a readable report: scores first, then every error with its quote. */
import { FACT_KINDS } from "../../facts/contract";
import type { MissingText } from "./real-set";
import type { Agreement, Counts, FactLine, Score } from "./score";

const f2 = (x: number | null) => (x === null ? "  –  " : x.toFixed(2).padStart(5));
const ratio = (a: Agreement | undefined) => (a ? `${a.agree}/${a.compared}` : "–");
const pct = (a: Agreement) => (a.compared ? (a.agree / a.compared).toFixed(2) : "–");
const row = (label: string, c: Counts) =>
  `${label.padEnd(8)} ${f2(c.precision)} ${f2(c.recall)} ${f2(c.f1)}  ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`;
const clip = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, " ");
const fact = (f: FactLine) =>
  `  ${f.id}  ${f.kind} ${f.number ?? "?"} ${f.date} ${f.country} ${f.place ?? "-"}\n      "${clip(f.quote)}"`;

export function formatReport(title: string, score: Score, missing: readonly MissingText[]): string {
  const out: string[] = [];
  out.push(`${title}: ${score.dispatches} dispatch(es) scored, ${missing.length} missing`);
  out.push("", "kind         P     R    F1     tp   fp   fn");
  for (const k of FACT_KINDS) out.push(row(k, score.kinds[k]));
  out.push(row("overall", score.overall));
  out.push("", "Attribute accuracy on matched pairs (agree/compared):");
  for (const k of FACT_KINDS) {
    const fields = Object.entries(score.attributes[k]).map(([f, a]) => `${f} ${ratio(a)}`);
    out.push(`${k.padEnd(8)} ${fields.join("  ") || "–"}`);
  }
  out.push(`overall  ${ratio(score.attributesOverall)} = ${pct(score.attributesOverall)}; place ${ratio(score.place)} = ${pct(score.place)}`);
  out.push("", `False positives (${score.falsePositives.length}):`, ...score.falsePositives.map(fact));
  out.push("", `False negatives (${score.falseNegatives.length}):`, ...score.falseNegatives.map(fact));
  out.push("", `Attribute disagreements on matched pairs (${score.disagreements.length}):`);
  for (const d of score.disagreements) {
    out.push(`  ${d.id}  ${d.kind} ${d.field}: labelled ${JSON.stringify(d.labelled)}, extracted ${JSON.stringify(d.predicted)}\n      "${clip(d.quote)}"`);
  }
  if (missing.length) {
    out.push("", `Missing texts, not scored (${missing.length}):`, ...missing.map((m) => `  ${m.id} (${m.part}): ${m.reason}`));
  }
  return out.join("\n");
}
