import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

/**
 * The charts at volume: a second server on the e2e build, over a synthetic database of 3,000
 * facts from 24 Feb 2022 to 31 Dec 2025 (202 weeks, more places than a chart shows), made here
 * so the suite's sample database stays as it is. About 20 s of setup.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const DB = "data/e2e-volume.db";
let server: ChildProcess | undefined;

test.describe.configure({ mode: "serial", timeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) fs.rmSync(f, { force: true });
  const env = { ...process.env, DATABASE_URL: `file:./${DB}`, NEXT_DIST_DIR: ".next-e2e", NEXT_TELEMETRY_DISABLED: "1" };
  const run = (args: string[]) => {
    const r = spawnSync("node_modules/.bin/tsx", args, { env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  };
  run(["scripts/db-migrate.ts"]);
  run(["scripts/db-synthetic.ts", "--facts", "3000", "--seed", "5", "--from", "2022-02-24", "--to", "2025-12-31"]);
  server = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(PORT)], { env, stdio: "ignore" });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`${BASE}/api/countries`).then((r) => r.ok).catch(() => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the volume server did not start on ${BASE}`);
});

test.afterAll(() => {
  server?.kill();
  for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) fs.rmSync(f, { force: true });
});

test("the timeline reaches the last week of the data (weeks, none cut at the end)", async ({ page }) => {
  await page.goto(`${BASE}/`);
  const card = page.getByRole("region", { name: "Timeline of all facts" });
  await expect(card.getByRole("group", { name: "Timeline of facts by kind" })).toBeVisible();
  await card.getByRole("button", { name: "Table" }).click();
  const periods = await card.locator("tbody tr td:first-child").allTextContents();
  expect(periods.at(-1)).toBe("Week of 29 Dec 2025");
  // Weeks without facts have no row; the API test (chart-truth) counts all 202 weeks of the range.
  expect(new Set(periods).size).toBeGreaterThan(150);
  await expect(card.getByRole("group", { name: "Timeline of facts by kind" })).toHaveCount(0);
});

test("Injuries by place shows the top 15 and an Other row carrying the rest, and its CSV adds up to every injured person", async ({ page, request }) => {
  await page.goto(`${BASE}/injuries`);
  const card = page.getByRole("region", { name: "Injured, seriously injured and killed, by place" });
  await expect(card).toContainText(/at the top 15 of [\d,]+ places; the other [\d,]+ are summed as Other/);
  const chart = card.getByRole("group", { name: "Injuries by place" });
  await expect(chart.getByText(/^Other \([\d,]+ more places\)$/)).toBeVisible();

  const total = ((await (await request.get(`${BASE}/api/series?metric=injured&by=kind&kind=injury`)).json()) as { rows: { injured: number }[] }).rows[0]!.injured;
  const download = page.waitForEvent("download");
  await card.getByRole("link", { name: "Download CSV" }).click();
  const rows = parse(fs.readFileSync(await (await download).path(), "utf8"), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(16);
  expect(rows.at(-1)!.place).toMatch(/^Other \(top 15 of [\d,]+ shown; [\d,]+ more\)$/);
  expect(rows.reduce((s, r) => s + Number(r.injured || 0), 0)).toBe(total);
});

test("the drone facts table starts with the newest facts and says how many there are", async ({ page, request }) => {
  const count = ((await (await request.get(`${BASE}/api/facts?kind=drone&limit=1`)).json()) as { total: number }).total;
  const newest = ((await (await request.get(`${BASE}/api/series?metric=facts&by=day&kind=drone&from=2025-12-01`)).json()) as { rows: { key: string }[] }).rows.at(-1)!.key;
  await page.goto(`${BASE}/drones`);
  const table = page.getByRole("region", { name: "Drone facts" });
  await expect(table.getByTestId("facts-total")).toContainText(`${count.toLocaleString("en-US")} facts`);
  await expect(table.locator("tbody tr").first().locator("td").first()).toHaveText(newest);
});
