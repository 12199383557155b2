/**
 * npm run budget [-- DIST_DIR]: first-load JavaScript of every dashboard page in a production
 * build, gzip and brotli; exit 1 when a page sends more than 200 kB compressed (gzip, which
 * every client accepts). npm test runs it on the end-to-end build (.next-e2e).
 */
import { BUDGET_BYTES, measureFirstLoad } from "../lib/build/first-load-js";

const dist = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
let pages;
try {
  pages = measureFirstLoad(dist);
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
