/**
 * npm run train:extract -- [--texts-root DIR] [--blind SET,...] [--no-write]
 *
 * Trains the number model (lib/extract/model/): for each kind, how likely a number in a sentence is a
 * labelled fact's figure, from every labelled real set whose texts are present (set
 * tests/fixtures/real<suffix> reads DIR/realtexts<suffix>/; DIR defaults to the folder holding this
 * checkout). The sets named by --blind (default real-fresh8, the set kept unseen) are never read.
 * First prints each kind's leave-one-set-out AUROC (trained without a set, scored on it: what the model
 * is worth on text it never saw), then trains on all and writes lib/extract/model/number-model.json.
 * Usage errors name the bad value and exit with code 2.
 */
import { existsSync, writeFileSync } from "node:fs";
import { auroc, probability, train } from "../lib/extract/model/logistic";
import { asExamples, examplesBySet, labelledSets, trainKinds } from "../lib/extract/model/labelled-sets";
import { MODEL_KINDS } from "../lib/extract/model/number-examples";
import { ROOT } from "./bench-corpus";

function parseArgs(argv: string[]): { textsRoot: string; blind: string[]; write: boolean } {
  const out = { textsRoot: `${ROOT}..`, blind: ["real-fresh8"], write: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--no-write") out.write = false;
    else if (flag === "--texts-root" || flag === "--blind") {
      const value = argv[++i];
      if (value === undefined) usage(`${flag} needs a value`);
      else if (flag === "--texts-root") out.textsRoot = value;
      else out.blind = value.split(",").filter(Boolean);
    } else usage(`unknown argument "${flag}"`);
  }
  if (!existsSync(out.textsRoot)) usage(`invalid --texts-root "${out.textsRoot}": no such folder; pass the folder holding realtexts*/`);
  return out;
}

function usage(message: string): never {
  console.error(`${message}\nusage: npm run train:extract -- [--texts-root DIR] [--blind SET,...] [--no-write]`);
  process.exit(2);
}

const args = parseArgs(process.argv.slice(2));
const bySet = examplesBySet(labelledSets(ROOT, args.textsRoot, args.blind));
if (bySet.size < 2) usage(`found texts for ${bySet.size} set(s) under "${args.textsRoot}": the model needs at least two (see tests/fixtures/real/README.md)`);

const all = [...bySet.values()].flat();
console.log(`${all.length} numbers in ${new Set(all.map((x) => x.dispatch)).size} dispatches of ${bySet.size} sets (${[...bySet.keys()].join(", ")})`);
console.log("\nLeave one set out (AUROC on the set left out, pooled; positives / numbers):");
for (const kind of MODEL_KINDS) {
  const scored: Array<{ p: number; label: 0 | 1 }> = [];
  for (const [held, xs] of bySet) {
    const model = train(asExamples([...bySet].filter(([s]) => s !== held).flatMap(([, v]) => v), kind));
    for (const x of asExamples(xs, kind)) scored.push({ p: probability(model, x.features), label: x.label });
  }
  const positives = scored.filter((s) => s.label).length;
  console.log(`  ${kind.padEnd(8)} ${auroc(scored)?.toFixed(3) ?? "–"}  (${positives} / ${scored.length})`);
}

const models = trainKinds(all);
if (args.write) {
  const out = `${ROOT}lib/extract/model/number-model.json`;
  // One line per kind: the file is generated, and small lines keep its diffs readable.
  const lines = MODEL_KINDS.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(models[k])}`);
  writeFileSync(out, `{"trainedOn": ${JSON.stringify([...bySet.keys()])}, "numbers": ${all.length}, "models": {\n${lines.join(",\n")}\n}}\n`);
  console.log(`\nwrote ${out} (${Object.values(models).reduce((n, m) => n + Object.keys(m.weights).length, 0)} weights)`);
}
