/**
 * `npm run bench:load`: 50 clients for 60 s against `npm start`'s server on a synthetic database (1M facts
 * on SQLite by default), mixing the dashboard's series, fact pages and small CSV exports. Reports
 * requests, errors and the server's memory at start, middle and end; writes bench/results/<date>-load.md.
 *   npm run bench:load -- [--provider sqlite|postgresql] [--facts 1000000] [--seconds 60] [--connections 50] [--no-build]
 * With --scenario heavy (issue 10): ten copies of a heavy request (--heavy issue10|csv|series) kept in flight while
 * a light GET /api/facts/1 starts every 100 ms; reports the light requests' p50/p95/max.
 *   npm run bench:load -- --scenario heavy --facts 200000 --seconds 30 [--heavy csv] [--database file:./data/big.db] [--per-client 10]
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ZodError } from "zod";
import { openBenchDatabase } from "../bench/bench-database";
import { loadOptions, parseBenchFlags } from "../bench/bench-options";
import { FACTS_CASES, SERIES_CASES } from "../bench/cases";
import { loadTest } from "../bench/http";
import { BENCH_DIST_DIR, startServer } from "../bench/next-server";
import { HEAVY_PATHS, heavyScenarioTable, LIGHT_PATH, runHeavyScenario } from "../bench/heavy-scenario";

let options: ReturnType<typeof loadOptions.parse>;
try {
  options = loadOptions.parse(parseBenchFlags(process.argv.slice(2)));
} catch (err) {
  console.error(`bench:load: ${err instanceof ZodError ? err.issues[0]?.message : (err as Error).message}`);
  process.exit(2);
}
const postgresUrl = options.postgres ?? process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
if (options.provider === "postgresql" && !postgresUrl) {
  console.error("bench:load: PostgreSQL needs --postgres postgresql://… (or TEST_POSTGRES_URL)");
  process.exit(2);
}
if (!options["no-build"]) {
  const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (options.scenario === "heavy") {
  await runHeavy();
  process.exit(0);
}

async function runHeavy() {
  const own = options!.database ? null : await openBenchDatabase(options!.provider, options!.facts, { postgresUrl, log: console.log });
  const url = options!.database ?? own!.url;
  if (options!["per-client"]) process.env.HEAVY_REQUESTS_PER_CLIENT = String(options!["per-client"]);
  const server = await startServer(url, options!.port);
  try {
    await fetch(`${server.baseUrl}${LIGHT_PATH}`).then((r) => r.arrayBuffer());
    const result = await runHeavyScenario(server.baseUrl, options!.seconds, HEAVY_PATHS[options!.heavy]);
    const date = new Date().toISOString().slice(0, 10);
    const label = `${options!.provider}, ${options!["per-client"] ? `HEAVY_REQUESTS_PER_CLIENT=${options!["per-client"]}` : "default limits"}`;
    const report = [
      `# Heavy-read scenario ${date}`,
      "",
      `\`npm run bench:load -- ${process.argv.slice(2).join(" ")}\`: 10 × \`${HEAVY_PATHS[options!.heavy]}\` kept in flight and \`${LIGHT_PATH}\` every 100 ms for ${options!.seconds} s against \`npm start\`'s server on ${url.replace(/:[^:@/]*@/, ":***@")}; ${os.cpus().length} cores, load average ${os.loadavg().map((n) => n.toFixed(1)).join(" / ")} at the end.`,
      "",
      heavyScenarioTable([{ label, result }]),
      "",
    ].join("\n");
    const out = path.join("bench", "results", `${date}-heavy-${options!.provider}${options!["per-client"] ? `-per-client-${options!["per-client"]}` : ""}.md`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, report);
    console.log(`\n${report}\nWritten to ${out}.`);
  } finally {
    await server.stop();
    await own?.close();
  }
}

const db = await openBenchDatabase(options.provider, options.facts, { postgresUrl, log: console.log });
const server = await startServer(db.url, options.port);
const paths = [
  ...SERIES_CASES.map((c) => `/api/series?${c.query}`),
  ...FACTS_CASES.map((c) => `/api/facts?${c.query}`),
  "/api/series.csv?metric=injured,killed&by=month&kind=injury",
  "/api/facts.csv?kind=shelter&from=2025-12-01",
  "/api/countries?kind=drone",
];
try {
  // Memory once a second; start is after one warm-up pass over every path.
  for (const p of paths) await fetch(`${server.baseUrl}${p}`).then((r) => r.arrayBuffer());
  const samples: { t: number; rssMb: number }[] = [];
  const t0 = performance.now();
  const sample = () => samples.push({ t: (performance.now() - t0) / 1000, rssMb: server.rssMb() });
  sample();
  const timer = setInterval(sample, 1000);
  const result = await loadTest(server.baseUrl, paths, options.connections, options.seconds);
  clearInterval(timer);
  sample();
  const at = (t: number) => samples.reduce((a, b) => (Math.abs(b.t - t) < Math.abs(a.t - t) ? b : a));
  const [start, middle, end] = [samples[0]!, at(options.seconds / 2), samples.at(-1)!];
  const peak = Math.max(...samples.map((s) => s.rssMb));
  const date = new Date().toISOString().slice(0, 10);
  const report = [
    `# Load test ${date}`,
    "",
    `\`npm run bench:load${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\`: ${options.connections} clients for ${options.seconds} s on loopback against \`npm start\`'s server, ${options.provider === "sqlite" ? "SQLite" : "PostgreSQL"}, ${options.facts.toLocaleString("en-US")} synthetic facts, ${os.cpus().length} cores, load average ${os.loadavg().map((n) => n.toFixed(1)).join(" / ")} at the end.`,
    "",
    `Each client cycles through ${paths.length} requests: ${paths.map((p) => `\`${p}\``).join(", ")}.`,
    "",
    "| requests | req/s | p50 ms | p99 ms | errors | server RSS MB start | middle | end | peak |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${result.requests.toLocaleString("en-US")} | ${result.rps.toFixed(0)} | ${result.latencyP50} | ${result.latencyP99} | ${result.errors} | ${start.rssMb.toFixed(0)} | ${middle.rssMb.toFixed(0)} | ${end.rssMb.toFixed(0)} | ${peak.toFixed(0)} |`,
    "",
  ].join("\n");
  const out = path.join("bench", "results", `${date}-load-${options.provider}.md`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, report);
  console.log(`\n${report}\nWritten to ${out}.`);
} finally {
  await server.stop();
  await db.close();
}
