/**
 * `npm test`: type check, lint (ESLint with Next's rules), unit and integration tests (Vitest) on SQLite, the integration tests
 * again on PostgreSQL when TEST_POSTGRES_URL names a server (.ci/run starts one), end-to-end
 * tests (Playwright in Chromium), the first-load JavaScript budget of the dashboard pages, then one closing line "N passed, N failed" with the real
 * totals. Exits non-zero on any failure, including a runner that crashed before reporting.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const OUT = path.resolve(".test-results");
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, TZ: "UTC", ...env } });
  return result.status ?? 1;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

// 1. Types and lint: each is one check, failed by any error (lint also by any warning).
if (run("typecheck", "node_modules/.bin/tsc", ["--noEmit"]) === 0) totals.passed += 1;
else totals.failed += 1;
if (run("lint", "node_modules/.bin/eslint", [".", "--max-warnings=0"]) === 0) totals.passed += 1;
else totals.failed += 1;

// 2. Vitest: everything on SQLite, then the integration suite on PostgreSQL if a server is configured.
type VitestJson = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
function vitest(label: string, name: string, args: string[], env: Record<string, string> = {}) {
  const json = path.join(OUT, `${name}.json`);
  const status = run(label, "node_modules/.bin/vitest", ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${json}`], env);
  const report = readJson<VitestJson>(json);
  if (report) {
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    if (status !== 0 && report.numFailedTests === 0) totals.failed += 1; // e.g. an error outside any test
  } else totals.failed += 1;
}

vitest("unit + integration (SQLite)", "vitest", ["--exclude", "tests/integration/postgres-*.test.ts"], { TEST_DATABASE_PROVIDER: "sqlite" });
const postgresUrl = process.env.TEST_POSTGRES_URL;
if (postgresUrl) {
  vitest("integration (PostgreSQL)", "vitest-postgres", ["tests/integration"], { TEST_DATABASE_PROVIDER: "postgresql", TEST_POSTGRES_URL: postgresUrl });
} else {
  console.log("\n▷ integration (PostgreSQL): not run, TEST_POSTGRES_URL is not set (.ci/run sets it; see docs/postgresql.md)");
}

// 3. Playwright.
const playwrightJson = path.join(OUT, "playwright.json");
const playwrightStatus = run("end-to-end", "node_modules/.bin/playwright", ["test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });
const playwright = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(playwrightJson);
if (playwright) {
  totals.passed += playwright.stats.expected + playwright.stats.flaky;
  totals.failed += playwright.stats.unexpected;
  totals.skipped += playwright.stats.skipped;
  if (playwrightStatus !== 0 && playwright.stats.unexpected === 0) totals.failed += 1; // e.g. the web server failed
} else totals.failed += 1;


console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed > 0 ? 1 : 0);
