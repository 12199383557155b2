/**
 * `npm run bench`: on 10k, 100k and 1M synthetic facts, on SQLite and PostgreSQL, times the API
 * over HTTP (next start) beside its own SQL and the naive query, the CSV export beside the
 * database's own, and 50 concurrent clients; prints the tables and writes bench/results/<date>.md.
 *   npm run bench -- [--sizes 10000,100000,1000000] [--providers sqlite,postgresql]
 *                    [--postgres postgresql://user:pass@127.0.0.1:5432/postgres] [--no-build] [--fresh]
 * PostgreSQL needs a server URL (--postgres, or TEST_POSTGRES_URL as .ci/run sets it).
 * Not part of npm test: it takes about 25 minutes when it has to load the databases.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { ZodError } from "zod";
import { openBenchDatabase } from "../bench/bench-database";
import { benchOptions, parseBenchFlags } from "../bench/bench-options";
import { measureSize, type SizeResult } from "../bench/measure";
import { BENCH_DIST_DIR, startServer } from "../bench/next-server";
import { renderReport } from "../bench/report";

const started = performance.now();
const log = (s: string) => console.log(s);
let options;
try {
  options = benchOptions.parse(parseBenchFlags(process.argv.slice(2)));
} catch (err) {
  console.error(`bench: ${err instanceof ZodError ? err.issues[0]?.message : (err as Error).message}`);
  process.exit(2);
}
const postgresUrl = options.postgres ?? process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
const providers = options.providers.filter((p) => p !== "postgresql" || postgresUrl);
if (providers.length < options.providers.length) log("PostgreSQL skipped: give --postgres postgresql://… (or set TEST_POSTGRES_URL).");

const loadBefore = os.loadavg().map((n) => n.toFixed(1)).join(" / ");
if (!options["no-build"]) {
  log(`Building the app once into ${BENCH_DIST_DIR}…`);
  const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else if (!fs.existsSync(path.join(BENCH_DIST_DIR, "BUILD_ID"))) {
  console.error(`bench: --no-build but ${BENCH_DIST_DIR} holds no build`);
  process.exit(2);
}

const results: SizeResult[] = [];
for (const provider of providers) {
  for (const facts of options.sizes) {
    log(`\n▶ ${provider}, ${facts.toLocaleString("en-US")} facts`);
    const db = await openBenchDatabase(provider, facts, { postgresUrl, fresh: Boolean(options.fresh), log });
    const server = await startServer(db.url, options.port, log);
    try {
      results.push(await measureSize(db, server, log));
    } catch (err) {
      console.error(`bench: ${provider} ${facts} failed: ${(err as Error).message}\nserver ${server.status()}`);
      throw err;
    } finally {
      await server.stop();
      await db.close();
    }
  }
}

async function versions(): Promise<string> {
  const sqlite = (new Database(":memory:").prepare("SELECT sqlite_version() AS v").get() as { v: string }).v;
  let postgres = "";
  if (postgresUrl && providers.includes("postgresql")) {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    postgres = `, PostgreSQL ${((await client.query("SHOW server_version")).rows[0] as { server_version: string }).server_version}`;
    await client.end();
  }
  return `Node ${process.versions.node}, SQLite ${sqlite}${postgres}`;
}

const cpus = os.cpus();
const date = new Date().toISOString().slice(0, 10);
const report = renderReport(results, {
  date,
  machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM`,
  loadBefore,
  loadAfter: os.loadavg().map((n) => n.toFixed(1)).join(" / "),
  versions: await versions(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`.replace(/postgres(ql)?:\/\/[^ ]+/, "postgresql://…"),
  seconds: (performance.now() - started) / 1000,
});
const complete = options.sizes.length === 3 && providers.length === 2;
const out = path.join("bench", "results", `${date}${complete ? "" : "-partial"}`);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(`${out}.md`, report);
fs.writeFileSync(`${out}.json`, `${JSON.stringify(results, null, 1)}\n`);
console.log(`\n${report}\nWritten to ${out}.md (raw numbers in ${out}.json).`);
// Targets missed are a finding, not a failure of the run: they are in the report.
process.exit(0);
