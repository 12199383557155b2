/**
 * Fills a database with synthetic facts and their dispatches, deterministically from a seed.
 *   npm run db:synthetic -- --facts 1000000 [--seed 1] [--database file:./data/big.db] [--from 2022-02-24] [--to 2025-12-31]
 * Every row is marked synthetic; nothing runs this by default.
 */
import { ZodError } from "zod";
import { getEnv } from "../lib/env";
import { AlreadyLoadedError } from "./synthetic/load-result";
import { loadSynthetic } from "./synthetic/load-synthetic";
import { parseFlags, syntheticOptions } from "./synthetic/synthetic-options";

try {
  const options = syntheticOptions.parse(parseFlags(process.argv.slice(2)));
  const url = options.database ?? getEnv().DATABASE_URL;
  console.log(`db:synthetic: ${options.facts.toLocaleString("en-US")} facts, seed ${options.seed}, ${options.from}…${options.to} → ${url.replace(/:[^:@/]*@/, ":***@")}`);
  const r = await loadSynthetic(url, options);
  console.log(
    [
      `loaded ${r.facts.toLocaleString("en-US")} facts, ${r.sources.toLocaleString("en-US")} dispatches, ${r.parties.toLocaleString("en-US")} fact parties, ${r.places.toLocaleString("en-US")} places`,
      `  insert ${r.insertSeconds.toFixed(1)} s (${Math.round(r.facts / r.insertSeconds).toLocaleString("en-US")} facts/s), rollups ${r.rollupSeconds.toFixed(1)} s, analyze ${r.analyzeSeconds.toFixed(1)} s, total ${r.totalSeconds.toFixed(1)} s`,
    ].join("\n"),
  );
} catch (err) {
  const message = err instanceof ZodError ? (err.issues[0]?.message ?? "invalid arguments") : err instanceof Error ? err.message : String(err);
  console.error(`db:synthetic: ${message}`);
  process.exit(err instanceof ZodError || err instanceof AlreadyLoadedError || (err instanceof Error && /^(unexpected argument|--)/.test(err.message)) ? 2 : 1);
}
