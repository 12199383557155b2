import { z } from "zod";
import { isoDay } from "../../lib/facts/contract";

/** `npm run db:synthetic -- --facts N [--seed S] [--database URL] [--from DAY] [--to DAY]` */
export const syntheticOptions = z
  .object({
    facts: z.coerce.number({ error: "--facts: expected a whole number, e.g. --facts 100000" }).int("--facts: expected a whole number").min(1, "--facts: at least 1").max(20_000_000, "--facts: at most 20,000,000"),
    seed: z.coerce.number({ error: "--seed: expected a whole number" }).int("--seed: expected a whole number").min(0).max(2 ** 32 - 1).default(1),
    database: z.string().regex(/^(file:|postgres(ql)?:\/\/)/, '--database: expected "file:./path.db" or "postgresql://user:pass@host/db"').optional(),
    from: isoDay.default("2022-02-24"),
    to: isoDay.default("2025-12-31"),
  })
  .strict()
  .refine((o) => o.from <= o.to, { message: "--from must not be after --to", path: ["from"] });

export type SyntheticOptions = z.output<typeof syntheticOptions>;

/** "--facts 1000 --seed=7" → { facts: "1000", seed: "7" }; a flag without a value is an error. */
export function parseFlags(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unexpected argument "${arg}": flags look like --facts 1000`);
    const value = m[2] ?? argv[++i];
    if (value === undefined || value.startsWith("--")) throw new Error(`--${m[1]} needs a value`);
    out[m[1]!] = value;
  }
  return out;
}
