import { expect, test } from "@playwright/test";
import { BUDGET_BYTES, DASHBOARD_PAGES, weighPages } from "../lib/build/first-load-js";

// scripts/e2e-server.sh builds into .next-e2e; pages are rendered per request (CSP nonces), so
// their script tags are read from the server's answer and the chunks from the build.
const DIST = process.env.NEXT_DIST_DIR ?? ".next-e2e";

test("every dashboard page loads at most 200 kB of compressed JavaScript on first load", async ({ request }) => {
  const pages = [];
  for (const page of DASHBOARD_PAGES) pages.push({ page, html: await (await request.get(page)).text() });
  const weights = weighPages(DIST, pages);
  for (const w of weights) {
    expect(w.scripts, `${w.page} loads its scripts`).toBeGreaterThan(0);
    expect(w.gzip, `${w.page}: ${(w.gzip / 1024).toFixed(1)} kB gzip`).toBeLessThanOrEqual(BUDGET_BYTES);
  }
});
