/**
 * npm run eval:extract -- [--part dev|held|all] [--texts DIR] [--set DIR] [--json] [--check] [--calibrate]
 *
 * Runs the extractor over the real development set (tests/fixtures/real) and prints precision,
 * recall and F1 per kind and overall, attribute accuracy on matched pairs and every false positive
 * and negative with its quote. Texts that are absent or whose SHA-256 differs from the manifest are
 * listed as missing, never scored as empty. --check only re-checks the hashes of the texts present
 * and the labels' offsets. --calibrate prints, per rule, the facts proposed and right and the
 * smoothed base confidence of rules.ts, and right/proposed per confidence band (docs/extraction.md).
 * The default part is dev: held is for the final measurement only.
 * Usage errors name the bad value and exit with code 2.
 */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractFacts } from "../lib/extract/extract-facts";
import { loadRealSet, offsetErrors, PARTS, type Part } from "../lib/extract/eval/real-set";
import { calibrate, formatCalibration } from "../lib/extract/eval/calibrate";
import { formatReport } from "../lib/extract/eval/report";
import { scoreDispatches } from "../lib/extract/eval/score";
import type { ScoredFact } from "../lib/extract/eval/match";

const USAGE = "usage: npm run eval:extract -- [--part dev|held|all] [--texts DIR] [--set DIR] [--json] [--check] [--calibrate]";
const DEFAULT_SET = fileURLToPath(new URL("../tests/fixtures/real", import.meta.url));

interface Args {
  parts: Part[];
  partName: string;
  set: string;
  texts: string;
  json: boolean;
  check: boolean;
  calibrate: boolean;
}

class UsageError extends Error {}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

function parseArgs(argv: string[]): Args {
  const raw: { part: string; set?: string; texts?: string; json: boolean; check: boolean; calibrate: boolean } = {
    part: "dev",
    json: false,
    check: false,
    calibrate: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    const [flag, inline] = a.startsWith("--") ? a.split(/=(.*)/s, 2) : [a, undefined];
    if (flag === "--json" || flag === "--check" || flag === "--calibrate") raw[flag.slice(2) as "json" | "check" | "calibrate"] = true;
    else if (flag === "--part" || flag === "--texts" || flag === "--set") {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${flag} needs a value: ${USAGE}`);
      raw[flag.slice(2) as "part" | "texts" | "set"] = value;
    } else if (flag === "--help" || flag === "-h") throw new UsageError(USAGE);
    else throw new UsageError(`unknown argument "${a}": ${USAGE}`);
  }
  if (raw.part !== "all" && !(PARTS as readonly string[]).includes(raw.part)) {
    throw new UsageError(`invalid --part "${raw.part}": expected dev, held or all`);
  }
  const set = resolve(raw.set ?? DEFAULT_SET);
  if (!existsSync(join(set, "manifest.json"))) throw new UsageError(`invalid --set "${set}": no manifest.json there; pass the folder that holds manifest.json and labels/`);
  const texts = resolve(raw.texts ?? join(set, "texts"));
  if (raw.texts !== undefined && !isDir(texts)) throw new UsageError(`invalid --texts "${raw.texts}": not a folder; pass the folder that holds <id>.txt files`);
  const parts: Part[] = raw.part === "all" ? [...PARTS] : [raw.part as Part];
  return { parts, partName: raw.part, set, texts, json: raw.json, check: raw.check, calibrate: raw.calibrate };
}

function check(args: Args): number {
  const { present, missing } = loadRealSet(args.set, args.texts, args.parts);
  const broken = present.flatMap(offsetErrors);
  const mismatched = missing.filter((m) => m.reason.startsWith("hash mismatch"));
  const lines = [
    `${present.length} text(s) present with the recorded SHA-256, ${mismatched.length} with another hash, ${missing.length - mismatched.length} absent (part ${args.partName}, texts in ${args.texts})`,
    ...missing.map((m) => `  ${m.id} (${m.part}): ${m.reason}`),
    ...broken.map((b) => `  label offset error: ${b}`),
  ];
  process.stdout.write(args.json ? `${JSON.stringify({ present: present.map((d) => d.row.id), missing, labelErrors: broken }, null, 2)}\n` : `${lines.join("\n")}\n`);
  return mismatched.length || broken.length ? 1 : 0;
}

function evaluate(args: Args): number {
  const { present, missing } = loadRealSet(args.set, args.texts, args.parts);
  for (const e of present.flatMap(offsetErrors)) process.stderr.write(`label offset error: ${e}\n`);
  const scored = present.map((d) => ({
    id: d.row.id,
    labelled: d.facts as ScoredFact[],
    predicted: extractFacts(d.text, d.row.published) as unknown as ScoredFact[],
  }));
  const score = scoreDispatches(scored);
  if (args.calibrate) {
    const c = calibrate(scored);
    process.stdout.write(args.json ? `${JSON.stringify({ part: args.partName, missing, calibration: c }, null, 2)}\n` : `${formatCalibration(c)}\n`);
  } else if (args.json) {
    process.stdout.write(`${JSON.stringify({ part: args.partName, texts: args.texts, missing, score }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(`Extraction on the real set, part ${args.partName}`, score, missing)}\n`);
  }
  if (!present.length) {
    process.stderr.write(`no texts of part ${args.partName} are present in ${args.texts}: nothing was scored\n`);
    return 1;
  }
  return 0;
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  return args.check ? check(args) : evaluate(args);
}

process.exitCode = main();
