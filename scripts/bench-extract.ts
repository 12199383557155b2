/**
 * tsx scripts/bench-extract.ts [--count N] [--seed S] [--passes P] [--sources all|seed] [--profile TOP]
 *
 * Throughput of extractFacts on one core: builds N dispatches (default 3000) by mutating the
 * sample and fixture dispatches with a seeded generator (numbers, weekdays, places and
 * paragraph order change), warms up once (the gazetteer loads lazily), then times the rest.
 * The fixtures are dense (nearly every sentence states a fact); `--sources seed` mutates only
 * the sample dispatch, whose density is closer to a real news report. `--profile 30` then runs one
 * more pass under V8's sampling profiler and prints the 30 costliest functions (self and inclusive).
 */
import { z } from "zod";
import { extractFacts } from "../lib/extract/extract-facts";
import { benchDispatches, benchSources } from "./bench-corpus";
import { profileTop } from "./bench-profile";

const args = z
  .object({
    count: z.coerce.number().int().positive().default(3000),
    seed: z.coerce.number().int().default(42),
    passes: z.coerce.number().int().positive().default(3),
    sources: z.enum(["all", "seed"]).default("all"),
    profile: z.coerce.number().int().nonnegative().default(0),
  })
  .parse(Object.fromEntries(process.argv.slice(2).join(" ").match(/--(\w+)[= ](\S+)/g)?.map((a) => a.slice(2).split(/[= ]/)) ?? []));

const base = benchSources(args.sources);
const dispatches = benchDispatches(base, args.count, args.seed);
const bytes = dispatches.reduce((sum, t) => sum + Buffer.byteLength(t, "utf8"), 0);

const coldStart = performance.now();
extractFacts(base[0] ?? "", "2023-09-13");
const coldMs = performance.now() - coldStart;

/** One timed pass over every dispatch; wall and CPU seconds. */
function pass(): { facts: number; seconds: number; cpuSeconds: number } {
  let facts = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const text of dispatches) facts += extractFacts(text, "2023-09-13").length;
  const cpu = process.cpuUsage(cpuStart);
  return { facts, seconds: (performance.now() - start) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

// The first pass also warms the JIT; the best of the passes is the steady rate. CPU time is
// the fairer figure on a shared machine (wall time also counts waiting for a core), though it
// includes V8's compiler and GC helper threads.
const passes = Array.from({ length: args.passes }, pass);
const best = passes.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const mb = bytes / 1e6;

console.log(`first call (loads the gazetteer): ${coldMs.toFixed(0)} ms`);
console.log(`${args.count} dispatches, ${mb.toFixed(2)} MB, ${best.facts} facts; passes: ${passes.map((p) => `${p.seconds.toFixed(2)} s`).join(", ")}`);
console.log(`best pass, wall: ${(args.count / best.seconds).toFixed(0)} dispatches/s, ${(mb / best.seconds).toFixed(2)} MB/s (one core)`);
console.log(`best pass, CPU:  ${(args.count / best.cpuSeconds).toFixed(0)} dispatches/s, ${(mb / best.cpuSeconds).toFixed(2)} MB/s`);
if (args.profile > 0) console.log((await profileTop(pass, args.profile)).join("\n"));
