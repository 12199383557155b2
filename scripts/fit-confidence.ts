/**
 * npm run fit:confidence -- --look DIR:SET [--look DIR:SET ...] [--texts-root DIR] [--weight W] [--blind SET,...]
 *
 * Refits the mapping from rule and model to confidence (lib/extract/model/second-opinion.ts) on
 * first looks: the facts an extractor pass proposed on a labelled set it had not been tuned on. Each
 * --look names a checkout of that pass (a git worktree of its commit, e.g. `git worktree add --detach
 * ../p5 1439356`) and the set it first met. The pass's own rules propose the facts (rule confidence
 * alone); a number model trained without that set (and without the blind sets) gives each fact's
 * chance; the labels say which facts are right. Prints how well each blend weight orders the review
 * queue, the Platt slope and intercept for --weight (default: the shipped weight), the bands that
 * mapping gives, and the same fit left one look out. Writes nothing: the constants are copied into
 * second-opinion.ts by hand, with the figures into docs/extraction.md. Bad arguments exit 2.
 */
import { existsSync } from "node:fs";
import { pairFacts, type ScoredFact } from "../lib/extract/eval/match";
import { textsFolder, examplesBySet, labelledSets, trainKinds } from "../lib/extract/model/labelled-sets";
import { figureProbability } from "../lib/extract/model/number-model";
import { fitPlatt, scaled, type PlattScale } from "../lib/extract/model/platt";
import { MODEL_WEIGHT, SCALE } from "../lib/extract/model/second-opinion";
import { splitSentences } from "../lib/extract/sentences";
import type { ExtractedFact, ExtractOptions } from "../lib/extract/types";
import { ROOT } from "./bench-corpus";

interface Look {
  dir: string;
  set: string;
}
interface Judged {
  set: string;
  rule: number;
  model: number | null;
  right: boolean;
}

function usage(message: string): never {
  console.error(`${message}\nusage: npm run fit:confidence -- --look DIR:SET [--look DIR:SET ...] [--texts-root DIR] [--weight W] [--blind SET,...]`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const out = { looks: [] as Look[], textsRoot: `${ROOT}..`, weight: MODEL_WEIGHT, blind: ["real-fresh8"] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[++i];
    if (value === undefined) usage(`${flag} needs a value`);
    if (flag === "--look") {
      const at = value.lastIndexOf(":");
      const look = { dir: value.slice(0, at), set: value.slice(at + 1) };
      if (at < 1 || !existsSync(`${look.dir}/lib/extract/index.ts`)) usage(`invalid --look "${value}": DIR must be a checkout holding lib/extract/index.ts, then :SET`);
      if (!existsSync(`${ROOT}tests/fixtures/${look.set}/manifest.json`)) usage(`invalid --look "${value}": no labelled set tests/fixtures/${look.set}`);
      out.looks.push(look);
    } else if (flag === "--texts-root") out.textsRoot = value;
    else if (flag === "--weight") {
      out.weight = Number(value);
      if (!(out.weight >= 0 && out.weight <= 1)) usage(`invalid --weight "${value}": a number from 0 to 1`);
    } else if (flag === "--blind") out.blind = value.split(",").filter(Boolean);
    else usage(`unknown argument "${flag}"`);
  }
  if (out.looks.length < 2) usage("give at least two --look DIR:SET (the fit is checked leaving one out)");
  return out;
}

const args = parseArgs(process.argv.slice(2));
const lookSets = args.looks.map((l) => l.set);
const sets = labelledSets(ROOT, args.textsRoot, args.blind);
const examples = examplesBySet(sets);
const judged: Judged[] = [];
for (const look of args.looks) {
  const dispatches = sets.get(look.set);
  if (!dispatches) usage(`no texts of ${look.set} in ${textsFolder(args.textsRoot, look.set)}`);
  const { extractFacts } = (await import(`${look.dir}/lib/extract/index.ts`)) as {
    extractFacts: (text: string, published: string, opts?: ExtractOptions) => ExtractedFact[];
  };
  // The model must not have seen the set it judges: it learns from every other labelled set.
  const models = trainKinds([...examples].filter(([s]) => s !== look.set).flatMap(([, v]) => v));
  for (const d of dispatches) {
    const facts = extractFacts(d.text, d.row.published, { weigh: false });
    const { pairs } = pairFacts(facts as unknown as ScoredFact[], d.facts as unknown as ScoredFact[]);
    const right = new Set(pairs.map(([p]) => p));
    const sentences = splitSentences(d.text);
    facts.forEach((f, i) => judged.push({ set: look.set, rule: f.confidence, model: figureProbability(f, sentences, models[f.kind]), right: right.has(i) }));
  }
  const mine = judged.filter((j) => j.set === look.set);
  console.log(`${look.set} with ${look.dir}: ${mine.length} facts, ${mine.filter((j) => j.right).length} right`);
}

const blend = (j: Judged, w: number) => (j.model === null ? j.rule : (1 - w) * j.rule + w * j.model);

/** The chance a wrong fact sits above a right one when the queue opens lowest first (ties half). */
function wrongFirst(xs: ReadonlyArray<{ score: number; right: boolean }>): string {
  const right = xs.filter((x) => x.right).map((x) => x.score);
  const wrong = xs.filter((x) => !x.right).map((x) => x.score);
  let above = 0;
  for (const w of wrong) for (const r of right) above += w < r ? 1 : w === r ? 0.5 : 0;
  return right.length && wrong.length ? (above / (right.length * wrong.length)).toFixed(2) : "–";
}

function bands(xs: ReadonlyArray<{ score: number; right: boolean }>, s: PlattScale): string {
  const edges: Array<[string, number]> = [["≥ 0.90", 0.9], ["0.80–0.89", 0.8], ["0.70–0.79", 0.7], ["< 0.70", -1]];
  return edges
    .map(([name, lo], i) => {
      const hi = i === 0 ? 2 : edges[i - 1]![1];
      const inBand = xs.filter((x) => scaled(s, x.score) >= lo && scaled(s, x.score) < hi);
      return `${name} ${inBand.filter((x) => x.right).length}/${inBand.length}`;
    })
    .join(", ");
}

const scored = (js: readonly Judged[], w: number) => js.map((j) => ({ score: blend(j, w), right: j.right }));
console.log(`\n${judged.length} first-look facts, ${judged.filter((j) => !j.right).length} wrong. A wrong fact above a right one, by model weight (pooled; per look):`);
for (const w of [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1]) {
  const per = lookSets.map((s) => wrongFirst(scored(judged.filter((j) => j.set === s), w))).join(" ");
  console.log(`  ${w.toFixed(1)}  ${wrongFirst(scored(judged, w))}   ${per}`);
}
const fit = fitPlatt(scored(judged, args.weight));
console.log(`\nweight ${args.weight}: slope ${fit.slope.toFixed(2)}, intercept ${fit.intercept.toFixed(2)} (shipped: weight ${MODEL_WEIGHT}, slope ${SCALE.slope}, intercept ${SCALE.intercept})`);
console.log(`  bands, fitted on all looks: ${bands(scored(judged, args.weight), fit)}`);
console.log("  left one look out (fitted on the others, banded on it):");
for (const s of lookSets) {
  const held = fitPlatt(scored(judged.filter((j) => j.set !== s), args.weight));
  console.log(`    ${s}: slope ${held.slope.toFixed(2)}, intercept ${held.intercept.toFixed(2)}; ${bands(scored(judged.filter((j) => j.set === s), args.weight), held)}`);
}
