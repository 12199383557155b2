/**
 * npm run bench:feeds -- [--items N] [--database-url URL]
 *
 * Items per minute through the whole feed path on this machine: a local HTTP server (127.0.0.1,
 * a free port) serves an RSS feed of N invented article pages (tests/fixtures/web/pages.ts);
 * one worker (`runPass`, as `npm run feeds -- poll` runs it, host delay 0) polls it and reads
 * every item into a dispatch with proposed facts, on a fresh migrated database (a temporary
 * SQLite file unless --database-url names an empty migrated one). Then, on a sample of the same
 * pages, where the time goes: fetch, Readability, extraction, and the storing transaction.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { z } from "zod";
import { getDb } from "../lib/db/client";
import { migrateSqlite } from "../lib/db/migrate";
import { extractFacts } from "../lib/extract/extract-facts";
import { HostGate } from "../lib/feeds/host-gate";
import { addFeed } from "../lib/feeds/manage-feeds";
import { runPass } from "../lib/feeds/run-pass";
import { dispatchInput } from "../lib/ingest/dispatch-input";
import { storeDispatch } from "../lib/ingest/store-dispatch";
import { fetchPublic } from "../lib/web/fetch-public";
import { readArticle } from "../lib/web/read-article";
import { html, startLocalWebServer } from "../tests/fixtures/web/local-web-server";
import { articleHtml, rssFeed } from "../tests/fixtures/web/pages";

// The pages are served on 127.0.0.1: this benchmark is the one place outside tests that may fetch them.
process.env.ALLOW_PRIVATE_FETCH = "1";

const args = z
  .object({ items: z.coerce.number().int().min(10).max(5000).default(200), "database-url": z.string().optional() })
  .parse(Object.fromEntries(process.argv.slice(2).join(" ").match(/--([\w-]+)[= ](\S+)/g)?.map((a) => a.slice(2).split(/[= ]/)) ?? []));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factboard-bench-feeds-"));
let url = args["database-url"];
if (!url) {
  const file = path.join(dir, "bench.db");
  migrateSqlite(file);
  url = `file:${file}`;
}
const db = getDb(url);
const web = await startLocalWebServer();
const N = args.items;
const FIRST = 1000; // article numbers far from the sample's, so every text is new
for (let n = FIRST; n < FIRST + N + 50; n++) web.routes.set(`/p/${n}`, html(articleHtml({ n, published: "2026-11-20" })));
web.routes.set("/bench.xml", (_req, res) => res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(rssFeed(Array.from({ length: N }, (_, i) => ({ n: FIRST + i, link: `${web.base}/p/${FIRST + i}`, published: "2026-11-20" })))));

// Cold start (language model and gazetteer load on first use), reported apart.
let t = performance.now();
extractFacts("Seven people were injured in Kharkiv on Tuesday, the governor said.", "2026-11-20");
const coldStart = performance.now() - t;

await addFeed(db, { url: `${web.base}/bench.xml`, name: "Bench" });
t = performance.now();
const summary = await runPass(db, { worker: "bench", gate: new HostGate(0), intervalMinutes: 15, everyFeed: true });
const wall = performance.now() - t;

// Where the time goes, item by item, on 50 further pages (not yet stored).
const phases = { fetch: 0, readability: 0, extraction: 0, store: 0 };
const SAMPLE = 50;
for (let n = FIRST + N; n < FIRST + N + SAMPLE; n++) {
  let s = performance.now();
  const page = await fetchPublic(`${web.base}/p/${n}`, { accept: ["text/html"], allowPrivate: true });
  phases.fetch += performance.now() - s;
  s = performance.now();
  const article = readArticle(page.body);
  phases.readability += performance.now() - s;
  s = performance.now();
  extractFacts(article.text, "2026-11-20");
  phases.extraction += performance.now() - s;
  s = performance.now();
  // storeDispatch extracts again inside: subtract the extraction just measured.
  await storeDispatch(db, dispatchInput.parse({ text: article.text, title: article.title, publishedAt: "2026-11-20", url: page.url }));
  phases.store += performance.now() - s;
}
phases.store -= phases.extraction;

const perItem = (ms: number) => (ms / SAMPLE).toFixed(1);
const total = Object.values(phases).reduce((a, b) => a + b, 0);
console.log(`database: ${url.startsWith("file:") ? "SQLite (temporary file)" : "PostgreSQL"}`);
console.log(`extractor cold start: ${(coldStart / 1000).toFixed(1)} s (once per process, not counted below)`);
console.log(`${summary.itemsStored} of ${N} items stored (${summary.itemsFailed} failed, ${summary.factsProposed} facts proposed) in ${(wall / 1000).toFixed(1)} s: ${Math.round((summary.itemsStored / wall) * 60_000)} items/min through poll, fetch, Readability, extraction and storing`);
console.log(`per item, sequential, ${SAMPLE} pages:`);
for (const [phase, ms] of Object.entries(phases)) console.log(`  ${phase.padEnd(12)} ${perItem(ms).padStart(6)} ms  ${((ms / total) * 100).toFixed(0).padStart(3)} %`);
console.log(`  ${"total".padEnd(12)} ${perItem(total).padStart(6)} ms  → ${Math.round(60_000 / (total / SAMPLE))} items/min on one core`);

await web.close();
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
