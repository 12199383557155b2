/**
 * tsx scripts/extract-fingerprint.ts [--out FILE] [--count N] [--texts-root DIR]
 *
 * A fingerprint of everything the extractor says: runs extractFacts (with the test ECB rates and
 * diagnostics on) over the sample, every fixture dispatch, every real text present (set
 * tests/fixtures/real<suffix> reads DIR/realtexts<suffix>/<id>.txt; DIR defaults to the folder
 * holding this checkout; the manifests give the publication days) and the first N benchmark
 * dispatches (default 3000), and prints a SHA-256 of all facts and one of all diagnostics. A
 * speed-up must leave both unchanged; --out writes one JSON line per text, to diff when not.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { extractFacts } from "../lib/extract/extract-facts";
import { parseEcbRates } from "../lib/extract/rates";
import { benchDispatches, benchSources, FIXTURE_SETS, ROOT } from "./bench-corpus";

const args = z
  .object({
    out: z.string().optional(),
    count: z.coerce.number().int().nonnegative().default(3000),
    "texts-root": z.string().default(`${ROOT}..`),
  })
  .parse(Object.fromEntries(process.argv.slice(2).join(" ").match(/--([\w-]+)[= ](\S+)/g)?.map((a) => a.slice(2).split(/[= ]/)) ?? []));

interface Input {
  name: string;
  text: string;
  published: string;
}

const inputs: Input[] = [{ name: "sample", text: readFileSync(`${ROOT}../shared/seed/dispatch-2023-09-13.txt`, "utf8"), published: "2023-09-13" }];
for (const set of FIXTURE_SETS) {
  const dir = `${ROOT}tests/fixtures/dispatches/${set}`;
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
    const published = (JSON.parse(readFileSync(`${dir}/${f.replace(/\.txt$/, ".facts.json")}`, "utf8")) as { source: { publishedAt: string } }).source.publishedAt;
    inputs.push({ name: `${set}/${f}`, text: readFileSync(`${dir}/${f}`, "utf8"), published });
  }
}
const manifest = z.object({ dispatches: z.array(z.object({ id: z.string(), published: z.string() })) });
const sets = readdirSync(`${ROOT}tests/fixtures`).filter((n) => /^real(?:-|$)/.test(n) && existsSync(`${ROOT}tests/fixtures/${n}/manifest.json`));
for (const set of sets.sort()) {
  const texts = `${args["texts-root"]}/realtexts${set.slice("real".length)}`;
  for (const row of manifest.parse(JSON.parse(readFileSync(`${ROOT}tests/fixtures/${set}/manifest.json`, "utf8"))).dispatches) {
    const path = `${texts}/${row.id}.txt`;
    if (existsSync(path)) inputs.push({ name: `${set}/${row.id}`, text: readFileSync(path, "utf8"), published: row.published });
  }
}
benchDispatches(benchSources("all"), args.count, 42).forEach((text, i) => inputs.push({ name: `bench/${i}`, text, published: "2023-09-13" }));

const rates = parseEcbRates(readFileSync(`${ROOT}tests/fixtures/ecb-rates/made-up-eurofxref-hist.csv`, "utf8"));
const factsHash = createHash("sha256");
const diagnosticsHash = createHash("sha256");
const lines: string[] = [];
let factCount = 0;
for (const input of inputs) {
  const diagnostics: string[] = [];
  const facts = extractFacts(input.text, input.published, { rates, onDiagnostic: (m) => diagnostics.push(m) });
  factCount += facts.length;
  const line = JSON.stringify({ name: input.name, facts });
  factsHash.update(`${line}\n`);
  diagnosticsHash.update(`${JSON.stringify({ name: input.name, diagnostics })}\n`);
  lines.push(line, JSON.stringify({ name: input.name, diagnostics }));
}
if (args.out) writeFileSync(args.out, `${lines.join("\n")}\n`);
const realCount = inputs.filter((i) => i.name.startsWith("real")).length;
console.log(`${inputs.length} texts (${realCount} real, from ${sets.join(", ")}), ${factCount} facts`);
console.log(`facts:       ${factsHash.digest("hex")}`);
console.log(`diagnostics: ${diagnosticsHash.digest("hex")}`);
