/**
 * tsx scripts/extract.ts FILE --published YYYY-MM-DD [--json] [--rates FILE] [--verbose]
 *
 * Prints the facts a dispatch states: with --json exactly { "published", "facts" } on stdout
 * (the extractor contract), otherwise a readable table. Usage errors name the bad value and
 * exit with code 2; diagnostics (--verbose) go to stderr.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { z } from "zod";
import { isoDay } from "../lib/facts/contract";
import { findDateMentions } from "../lib/extract/dates";
import { extractFacts, type ExtractedFact } from "../lib/extract/extract-facts";
import { loadEcbRates } from "../lib/extract/rates";

const USAGE = "usage: tsx scripts/extract.ts FILE --published YYYY-MM-DD [--json] [--rates FILE] [--verbose]";

const readableFile = (what: string) =>
  z.string({ error: `missing ${what}: ${USAGE}` }).superRefine((p, ctx) => {
    if (!existsSync(p) || !statSync(p).isFile()) {
      ctx.addIssue({ code: "custom", message: `cannot read ${what} "${p}": no such file; pass the path of an existing file` });
    }
  });

const cliArgs = z.object({
  file: readableFile("FILE (the dispatch text)"),
  published: z
    .string()
    .superRefine((v, ctx) => {
      if (!isoDay.safeParse(v).success) {
        ctx.addIssue({ code: "custom", message: `invalid --published "${v}": expected a real day YYYY-MM-DD, e.g. --published 2023-09-13` });
      }
    })
    .optional(),
  json: z.boolean(),
  verbose: z.boolean(),
  rates: readableFile("--rates file (ECB eurofxref-hist.csv layout)").optional(),
});
type CliArgs = z.infer<typeof cliArgs>;

class UsageError extends Error {}

function parseArgv(argv: string[]): CliArgs {
  const raw: Record<string, unknown> = { json: false, verbose: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    const [flag, inline] = a.startsWith("--") ? a.split(/=(.*)/s, 2) : [a, undefined];
    if (flag === "--json" || flag === "--verbose") raw[flag.slice(2)] = true;
    else if (flag === "--published" || flag === "--rates") {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${flag} needs a value: ${USAGE}`);
      raw[flag.slice(2)] = value;
    } else if (a.startsWith("--")) throw new UsageError(`unknown option "${a}": ${USAGE}`);
    else positional.push(a);
  }
  if (positional.length > 1) throw new UsageError(`expected one FILE, got ${positional.length} ("${positional.join('", "')}"): ${USAGE}`);
  raw.file = positional[0];
  const parsed = cliArgs.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join("\n"));
  return parsed.data;
}

/** A dispatch may state its own day ("September 13, 2023") near its top; use that when --published is absent. */
function statedPublication(text: string): string | null {
  const head = text.slice(0, 400);
  const full = findDateMentions(head, "9999-12-30").find((m) => /\d{4}/.test(head.slice(m.start, m.end)));
  return full?.date ?? null;
}

function table(facts: ExtractedFact[]): string {
  const main = (f: ExtractedFact): string => {
    switch (f.kind) {
      case "injury":
        return `injured ${f.injured}, killed ${f.killed ?? "-"}, serious ${f.serious ?? "-"}, attacker ${f.attacker ?? "-"}`;
      case "drone":
        return `${f.count}${f.launched !== null ? ` of ${f.launched}` : ""} ${f.outcome}, claimant ${f.claimant ?? "-"}`;
      case "aid":
        return `${f.amount} ${f.currency} (EUR ${f.amountEur ?? "-"}), ${f.donor ?? "-"} → ${f.recipient ?? "-"}, ${f.category ?? "-"}`;
      case "shelter":
        return `${f.count} shelters, ${f.lengthM ?? "-"} × ${f.widthM ?? "-"} × ${f.heightM ?? "-"} m`;
    }
  };
  const rows = facts.map((f) => [f.kind, f.date, f.country, f.place ?? "-", main(f), f.confidence.toFixed(2), `"${f.quote.slice(0, 70)}${f.quote.length > 70 ? "…" : ""}"`]);
  const head = ["kind", "date", "country", "place", "numbers", "conf", "quote"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(head), ...rows.map(line), `${facts.length} fact(s)`].join("\n");
}

function main(): number {
  let args: CliArgs;
  try {
    args = parseArgv(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const text = readFileSync(args.file, "utf8");
  const published = args.published ?? statedPublication(text);
  if (!published) {
    process.stderr.write(`missing --published: "${args.file}" states no date of its own; pass --published YYYY-MM-DD\n`);
    return 2;
  }
  if (!args.published) process.stderr.write(`using the date the dispatch states: ${published}\n`);
  let rates;
  try {
    rates = args.rates ? loadEcbRates(args.rates) : undefined;
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)} (in --rates "${args.rates ?? ""}")\n`);
    return 2;
  }
  const facts = extractFacts(text, published, {
    rates,
    onDiagnostic: args.verbose ? (m) => process.stderr.write(`${m}\n`) : undefined,
  });
  process.stdout.write(args.json ? `${JSON.stringify({ published, facts }, null, 2)}\n` : `${table(facts)}\n`);
  return 0;
}

process.exitCode = main();
