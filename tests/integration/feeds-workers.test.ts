import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/lib/db/client";
import { HostGate } from "@/lib/feeds/host-gate";
import { addFeed } from "@/lib/feeds/manage-feeds";
import { claimFeed, pollFeed } from "@/lib/feeds/poll-feed";
import { articleHtml, rssFeed } from "../fixtures/web/pages";
import { conditionalFeed, startLocalWebServer, type LocalWebServer } from "../fixtures/web/local-web-server";
import { createMigratedDatabase, TEST_PROVIDER, type TestDatabase } from "./test-database";

process.env.ALLOW_PRIVATE_FETCH = "1";
const ITEMS = 50;

let database: TestDatabase;
let db: Db;
let web: LocalWebServer;

/** `npm run feeds -- poll` as its own process, like a worker on another machine. */
function worker(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/feeds.ts", "poll"], {
      env: { ...process.env, DATABASE_URL: database.url, ALLOW_PRIVATE_FETCH: "1", FEED_HOST_DELAY_MS: "0" },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code, output }));
  });
}

// Several workers share the work only on PostgreSQL; on SQLite one process polls (README, docs/postgresql.md).
describe.runIf(TEST_PROVIDER === "postgresql")("two feed workers on PostgreSQL", () => {
  beforeAll(async () => {
    database = await createMigratedDatabase();
    db = getDb(database.url);
    web = await startLocalWebServer();
    for (let n = 100; n < 100 + ITEMS; n++) {
      // A little latency per page, so both workers are busy at the same time.
      web.routes.set(`/w/${n}`, (_req, res) => setTimeout(() => res.writeHead(200, { "Content-Type": "text/html" }).end(articleHtml({ n, published: "2026-11-20" })), 100));
    }
    const items = Array.from({ length: ITEMS }, (_, i) => ({ n: 100 + i, link: `${web.base}/w/${100 + i}`, published: "2026-11-20" }));
    web.routes.set("/many.xml", conditionalFeed(() => rssFeed(items), "application/rss+xml"));
  });
  afterAll(async () => {
    await web?.close();
    await database?.cleanup();
  });

  it("store each of 50 items exactly once, each page fetched once, the work shared between them", async () => {
    const feed = await addFeed(db, { url: `${web.base}/many.xml`, name: "Many" });
    expect(await claimFeed(db, feed.id, "test")).toBe(true);
    expect((await pollFeed(db, feed.id, new HostGate(0), 15)).newItems).toBe(ITEMS);

    const [a, b] = await Promise.all([worker(), worker()]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);

    const items = await db.feedItem.findMany({ select: { state: true, sourceId: true, leaseOwner: true } });
    expect(items).toHaveLength(ITEMS);
    expect(items.every((i) => i.state === "done")).toBe(true);
    expect(new Set(items.map((i) => i.sourceId)).size).toBe(ITEMS);
    expect(await db.source.count({ where: { feedId: feed.id } })).toBe(ITEMS);
    const pages = web.requests.filter((r) => r.path.startsWith("/w/"));
    expect(pages).toHaveLength(ITEMS);
    expect(new Set(pages.map((r) => r.path)).size).toBe(ITEMS);
    // Both processes took items (their worker names differ in the process id).
    expect(new Set(items.map((i) => i.leaseOwner)).size).toBe(2);
  }, 180_000);
});
