import { z } from "zod";
import { parseFlags } from "../scripts/synthetic/synthetic-options";

const sizes = z
  .string()
  .regex(/^\d+(,\d+)*$/, "--sizes: comma-separated fact counts, e.g. 10000,100000,1000000")
  .transform((s) => s.split(",").map(Number))
  .refine((list) => list.every((n) => n >= 100 && n <= 5_000_000), "--sizes: each from 100 to 5,000,000");
const providers = z
  .string()
  .regex(/^(sqlite|postgresql)(,(sqlite|postgresql))*$/, "--providers: sqlite, postgresql or both, comma-separated")
  .transform((s) => [...new Set(s.split(","))] as ("sqlite" | "postgresql")[]);
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, '--postgres: expected "postgresql://user:pass@127.0.0.1:5432/postgres"');
const port = z.coerce.number().int().min(3300, "--port: 3300-3399").max(3399, "--port: 3300-3399");
const flag = z.enum(["true"]).optional();

/** `npm run bench -- [--sizes 10000,100000,1000000] [--providers sqlite,postgresql] [--postgres URL] [--no-build true] [--fresh true] [--port 3310]` */
export const benchOptions = z
  .object({
    sizes: sizes.default([10_000, 100_000, 1_000_000]),
    providers: providers.default(["sqlite", "postgresql"]),
    postgres: postgresUrl.optional(),
    "no-build": flag,
    fresh: flag,
    port: port.default(3310),
  })
  .strict();

/** `npm run bench:load -- [--provider sqlite] [--facts 1000000] [--seconds 60] [--connections 50]` */
export const loadOptions = z
  .object({
    provider: z.enum(["sqlite", "postgresql"]).default("sqlite"),
    facts: z.coerce.number().int().min(100).max(5_000_000).default(1_000_000),
    seconds: z.coerce.number().int().min(5).max(600).default(60),
    connections: z.coerce.number().int().min(1).max(200).default(50),
    postgres: postgresUrl.optional(),
    "no-build": flag,
    port: port.default(3312),
    /** "heavy": issue 10's scenario, ten heavy series in flight and a light request every 100 ms. */
    scenario: z.enum(["mix", "heavy"]).default("mix"),
    /** Which heavy request the heavy scenario keeps in flight (bench/heavy-scenario.ts HEAVY_PATHS). */
    heavy: z.enum(["issue10", "csv", "series"]).default("issue10"),
    /** An existing database to serve instead of the benchmark's own (the heavy scenario). */
    database: z.string().regex(/^(file:|postgres(ql)?:\/\/)/, '--database: expected "file:./data/big.db" or "postgresql://…"').optional(),
    /** HEAVY_REQUESTS_PER_CLIENT for the server (the heavy scenario runs from one address). */
    "per-client": z.coerce.number().int().min(1).max(1000).optional(),
  })
  .strict();

/** Flags as key/value, with bare boolean flags (--fresh) read as "true". */
export function parseBenchFlags(argv: string[]): Record<string, string> {
  const expanded: string[] = [];
  argv.forEach((arg, i) => {
    expanded.push(arg);
    const next = argv[i + 1];
    if (/^--(no-build|fresh)$/.test(arg) && (next === undefined || next.startsWith("--"))) expanded.push("true");
  });
  return parseFlags(expanded);
}
