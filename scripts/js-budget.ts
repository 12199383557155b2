/**
 * npm run budget [-- BASE_URL [DIST_DIR]]: first-load JavaScript of every dashboard page served by
 * a running production server (default http://127.0.0.1:3000, its build in .next), gzip and
 * brotli; exit 1 when a page sends more than 200 kB compressed (gzip, which every client
 * accepts). npm test checks the same in e2e/js-budget.spec.ts against the end-to-end server.
 */
import { BUDGET_BYTES, DASHBOARD_PAGES, weighPages } from "../lib/build/first-load-js";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const dist = process.argv[3] ?? process.env.NEXT_DIST_DIR ?? ".next";
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
let pages;
try {
  const html = await Promise.all(DASHBOARD_PAGES.map(async (page) => ({ page, html: await (await fetch(new URL(page, base))).text() })));
  pages = weighPages(dist, html);
} catch (err) {
  console.error(`budget: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
let over = 0;
for (const p of pages) {
  const fails = p.gzip > BUDGET_BYTES;
  if (fails) over++;
  console.log(`${fails ? "✗" : "✓"} ${p.page.padEnd(10)} ${String(p.scripts).padStart(2)} scripts  raw ${kB(p.raw).padStart(9)}  gzip ${kB(p.gzip).padStart(8)}  brotli ${kB(p.brotli).padStart(8)}`);
}
console.log(over ? `budget: ${over} page(s) over ${kB(BUDGET_BYTES)} of compressed JavaScript` : `budget: every dashboard page within ${kB(BUDGET_BYTES)} compressed`);
process.exit(over ? 1 : 0);
