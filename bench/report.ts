import type { SizeResult } from "./measure";

/** The benchmark's results as Markdown tables, with which targets were met. */

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const x = (n: number) => `${n >= 10 ? n.toFixed(0) : n.toFixed(2)}×`;
const int = (n: number) => Math.round(n).toLocaleString("en-US");
const dbName = (p: string) => (p === "sqlite" ? "SQLite" : "PostgreSQL");

export interface Environment {
  date: string;
  machine: string;
  loadBefore: string;
  loadAfter: string;
  versions: string;
  command: string;
  seconds: number;
}

/** A Markdown table: text columns (DB, case, endpoint) left-aligned, numbers right-aligned. */
function table(head: string[], rows: string[][]): string {
  const align = head.map((h) => (["DB", "case", "endpoint"].includes(h) ? "---" : "---:"));
  return [`| ${head.join(" | ")} |`, `| ${align.join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

export interface Verdict {
  target: string;
  met: boolean;
  detail: string;
}

export function verdicts(results: SizeResult[]): Verdict[] {
  const largest = Math.max(...results.map((r) => r.facts));
  const atLargest = results.filter((r) => r.facts === largest);
  const series = atLargest.flatMap((r) => r.latency.filter((l) => l.endpoint === "series").map((l) => ({ r, l, speedup: l.naive!.median / l.api.median })));
  const worstSpeedup = series.reduce((a, b) => (b.speedup < a.speedup ? b : a));
  const worstSqlSpeedup = series.map((s) => ({ ...s, sql: s.l.naive!.median / s.l.floor.median })).reduce((a, b) => (b.sql < a.sql ? b : a));
  const overheads = atLargest.flatMap((r) => r.latency.map((l) => ({ r, l, ratio: l.api.median / l.floor.median })));
  const worstOverhead = overheads.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  // What is left of the overhead once Next.js's own per-request cost (measured beside it) is taken off.
  const beyondNext = overheads.map((o) => ({ ...o, ratio: Math.max(o.l.floor.median, o.l.api.median - o.r.nextFloor.median) / o.l.floor.median })).reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const csv = atLargest.map((r) => ({ r, ratio: r.csv.rows / r.csv.seconds / (r.csv.nativeRows / r.csv.nativeSeconds) }));
  const worstCsv = csv.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  // Memory that does not grow with the rows: at the largest size, RSS once a quarter of the rows
  // had gone out against RSS at the end (three quarters of the rows later).
  const growth = atLargest.map((r) => ({ provider: r.provider, quarter: r.csv.rssAtQuarters[0]!, end: r.csv.rssAtQuarters.at(-1)!, rows: r.csv.rows }));
  const errors = results.reduce((n, r) => n + r.load.series.errors + r.load.facts.errors, 0);
  return [
    {
      target: `series at ${int(largest)} facts ≥ 20× faster than the naive GROUP BY`,
      met: worstSpeedup.speedup >= 20,
      detail: `slowest ratio over HTTP ${x(worstSpeedup.speedup)} (${dbName(worstSpeedup.r.provider)}, ${worstSpeedup.l.name}: ${ms(worstSpeedup.l.api.median)} ms vs naive ${ms(worstSpeedup.l.naive!.median)} ms); in SQL alone the slowest is ${x(worstSqlSpeedup.sql)} (${dbName(worstSqlSpeedup.r.provider)}, ${worstSqlSpeedup.l.name})`,
    },
    {
      target: `API latency within 1.3× of its own SQL at ${int(largest)} facts`,
      met: worstOverhead.ratio <= 1.3,
      detail: `worst ${x(worstOverhead.ratio)} (${dbName(worstOverhead.r.provider)}, ${worstOverhead.l.name}: ${ms(worstOverhead.l.api.median)} ms vs ${ms(worstOverhead.l.floor.median)} ms); Next.js answers a request with no database work in ${atLargest.map((r) => `${ms(r.nextFloor.median)} ms (${dbName(r.provider)} run)`).join(", ")}, and with that taken off the worst is ${x(beyondNext.ratio)} (${dbName(beyondNext.r.provider)}, ${beyondNext.l.name})`,
    },
    {
      target: "CSV export at least half the speed of the database's own export",
      met: worstCsv.ratio >= 0.5,
      detail: `slowest ${x(worstCsv.ratio)} of native (${dbName(worstCsv.r.provider)})`,
    },
    {
      target: "CSV export memory does not grow with the row count",
      met: growth.every((g) => g.end <= g.quarter * 1.1 + 16),
      detail: growth.map((g) => `${dbName(g.provider)}: server RSS ${g.quarter.toFixed(0)} MB after a quarter of the ${int(g.rows)} rows, ${g.end.toFixed(0)} MB after all of them`).join("; "),
    },
    { target: "no errors at 50 concurrent clients", met: errors === 0, detail: `${errors} errors in all load runs` },
  ];
}

export function renderReport(results: SizeResult[], env: Environment): string {
  const latencyRows = results.flatMap((r) =>
    r.latency.map((l) => [
      dbName(r.provider),
      int(r.facts),
      `${l.name}${l.source === "facts" ? " ¹" : ""}`,
      ms(l.api.median),
      ms(l.api.p95),
      ms(l.floor.median),
      x(l.api.median / l.floor.median),
      l.naive ? ms(l.naive.median) : "",
      l.naive ? x(l.naive.median / l.api.median) : "",
      l.naive ? x(l.naive.median / l.floor.median) : "",
    ]),
  );
  const csvRows = results.map((r) => [
    dbName(r.provider),
    int(r.facts),
    int(r.csv.rows),
    int(r.csv.rows / r.csv.seconds),
    ms(r.csv.firstByteMs),
    `${r.csv.startRssMb.toFixed(0)} → ${r.csv.rssAtQuarters.map((m) => m.toFixed(0)).join(" → ")} (peak ${r.csv.peakRssMb.toFixed(0)})`,
    int(r.csv.nativeRows / r.csv.nativeSeconds),
    x(r.csv.rows / r.csv.seconds / (r.csv.nativeRows / r.csv.nativeSeconds)),
  ]);
  const loadRows = results.flatMap((r) =>
    (["series", "facts"] as const).map((e) => [dbName(r.provider), int(r.facts), `/api/${e}`, int(r.load[e].rps), ms(r.load[e].latencyP50), ms(r.load[e].latencyP99), int(r.load[e].requests), String(r.load[e].errors)]),
  );
  const loads = results.filter((r) => r.loadSeconds !== null).map((r) => `${dbName(r.provider)} ${int(r.facts)}: ${r.loadSeconds!.toFixed(1)} s`);
  const v = verdicts(results);
  return [
    `# Benchmark ${env.date}`,
    "",
    `\`${env.command}\` on ${env.machine}. ${env.versions}. Load average ${env.loadBefore} before, ${env.loadAfter} after; whole run ${(env.seconds / 60).toFixed(1)} min.`,
    "The machine is shared with other work (load averages above); each ratio (API vs its own SQL, naive vs API, export vs the database's own) is measured back to back, so ratios are steadier than absolute times.",
    "",
    "## Targets",
    "",
    ...v.map((t) => `- ${t.met ? "✅ met" : "❌ not met"}: ${t.target}: ${t.detail}.`),
    "",
    "## Latency (ms): API over HTTP vs the same SQL on the database vs the naive query",
    "",
    "API: `next start` on loopback, one request at a time. SQL: exactly the statements the endpoint runs, sent directly (better-sqlite3 / pg), no Prisma, no HTTP. Naive: the fact-table GROUP BY for the same chart over a copy of the facts with only single-column indexes.",
    "",
    table(["DB", "facts", "case", "API median", "API p95", "SQL median", "API/SQL", "naive median", "naive/API", "naive/SQL"], latencyRows),
    "",
    "¹ answered from the facts table, not the rollups.",
    "",
    `Next.js's own cost per request, measured beside them (\`/api/facts/0\`, a 400 answered with no database work), median: ${results.map((r) => `${dbName(r.provider)} ${int(r.facts)} ${ms(r.nextFloor.median)} ms`).join("; ")}.`,
    "",
    "## CSV export of every fact",
    "",
    table(["DB", "facts", "rows", "API rows/s", "first byte ms", "server RSS MB: start → ¼ → ½ → ¾ → all rows", "database export rows/s", "API/database"], csvRows),
    "",
    "Database export: `sqlite3 -csv` / `psql -c \"COPY (…) TO STDOUT WITH CSV\"` of the same columns and joins, in the same order. The API's export is downloaded uncompressed (`Accept-Encoding: identity`) like it.",
    "",
    "## 50 concurrent clients, 10 s per endpoint",
    "",
    table(["DB", "facts", "endpoint", "req/s", "p50 ms", "p99 ms", "requests", "errors"], loadRows),
    "",
    loads.length ? `## Synthetic data loaded in this run\n\n${loads.join("; ")} (\`npm run db:synthetic\`, rollups rebuilt and statistics refreshed included).\n` : "Synthetic databases were reused from an earlier run (bench/data, PostgreSQL factboard_bench_*).\n",
  ].join("\n");
}
