import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/lib/db/client";
import { HostGate } from "@/lib/feeds/host-gate";
import { addFeed, listFeeds, setFeedStatus } from "@/lib/feeds/manage-feeds";
import { runPass } from "@/lib/feeds/run-pass";
import { dispatchInput } from "@/lib/ingest/dispatch-input";
import { storeDispatch } from "@/lib/ingest/store-dispatch";
import { articleHtml, articleParagraphs, articleTitle, atomFeed, FOOTER, jsonFeed, NAVIGATION, RELATED, rssFeed } from "../fixtures/web/pages";
import { conditionalFeed, html, startLocalWebServer, type LocalWebServer } from "../fixtures/web/local-web-server";
import { createMigratedDatabase, type TestDatabase } from "./test-database";

process.env.ALLOW_PRIVATE_FETCH = "1";
process.env.FEED_HOST_DELAY_MS = "0";

let database: TestDatabase;
let db: Db;
let web: LocalWebServer;

const pass = (worker = "test-worker") => runPass(db, { worker, gate: new HostGate(0), intervalMinutes: 15, everyFeed: true });

beforeAll(async () => {
  database = await createMigratedDatabase();
  db = getDb(database.url);
  web = await startLocalWebServer();
  // RSS items link to article pages (1-3); Atom items carry the whole text (11-12); JSON Feed links (21-22).
  for (const n of [1, 2, 3, 21, 22]) web.routes.set(`/articles/${n}`, html(articleHtml({ n, published: "2026-11-10" })));
  const rss = [1, 2, 3].map((n) => ({ n, link: `${web.base}/articles/${n}`, published: "2026-11-10" }));
  web.routes.set("/rss.xml", conditionalFeed(() => rssFeed(rss), "application/rss+xml; charset=utf-8"));
  web.routes.set("/atom.xml", conditionalFeed(() => atomFeed([11, 12].map((n) => ({ n, link: `${web.base}/articles/${n}`, published: "2026-11-09", fullContent: true }))), "application/atom+xml"));
  web.routes.set("/feed.json", conditionalFeed(() => jsonFeed([21, 22].map((n) => ({ n, link: `${web.base}/articles/${n}`, published: "2026-11-08" }))), "application/feed+json"));
  web.routes.set("/garbage.xml", (_req, res) => res.writeHead(200, { "Content-Type": "application/rss+xml" }).end("<rss><channel><item>never closed"));
  web.routes.set("/broken.xml", (_req, res) => res.writeHead(500, { "Content-Type": "text/plain" }).end("down"));
});
afterAll(async () => {
  await web.close();
  await database.cleanup();
});

describe("following feeds", () => {
  it("reads RSS, Atom and JSON Feed items into dispatches naming their feed, with proposed facts; a garbage, a 500 and a 404 feed are recorded and stop nothing", async () => {
    const rss = await addFeed(db, { url: `${web.base}/rss.xml`, name: "Wire RSS" });
    const atom = await addFeed(db, { url: `${web.base}/atom.xml` });
    const json = await addFeed(db, { url: `${web.base}/feed.json`, name: "Wire JSON" });
    await addFeed(db, { url: `${web.base}/garbage.xml`, name: "Garbage" });
    await addFeed(db, { url: `${web.base}/broken.xml`, name: "Broken" });
    await addFeed(db, { url: `${web.base}/gone.xml`, name: "Gone" });

    const summary = await pass();
    expect(summary).toMatchObject({ feedsPolled: 6, feedsFailed: 3, newItems: 7, itemsStored: 7, itemsFailed: 0 });
    expect(summary.factsProposed).toBeGreaterThanOrEqual(14);

    const sources = await db.source.findMany({ orderBy: { id: "asc" }, include: { facts: true } });
    expect(sources).toHaveLength(7);
    const byFeed = (feedId: number) => sources.filter((s) => s.feedId === feedId);
    expect(byFeed(rss.id)).toHaveLength(3);
    expect(byFeed(atom.id)).toHaveLength(2);
    expect(byFeed(json.id)).toHaveLength(2);
    for (const s of sources) {
      expect(s.facts.length).toBeGreaterThanOrEqual(2);
      expect(s.facts.every((f) => f.status === "proposed")).toBe(true);
      for (const unwanted of [NAVIGATION, RELATED[0]!, FOOTER]) expect(s.text).not.toContain(unwanted);
    }
    // Items of one feed are fetched side by side, so their ids follow whichever page answered first.
    const article = (feedId: number, n: number) => byFeed(feedId).find((s) => s.url === `${web.base}/articles/${n}`)!;
    const first = article(rss.id, 1);
    expect(first.text).toBe(articleParagraphs(1).join("\n\n"));
    expect(first).toMatchObject({ url: `${web.base}/articles/1`, publishedAt: "2026-11-10", publisher: "Example Wire", title: articleTitle(1) });
    // The Atom entries carried the whole text: their pages were never fetched (they do not exist).
    expect(web.requests.some((r) => r.path === "/articles/11")).toBe(false);
    expect(article(atom.id, 11).text).toBe(articleParagraphs(11).join("\n\n"));

    const feeds = await listFeeds(db);
    const named = (name: string) => feeds.find((f) => f.name === name)!;
    expect(named("Wire RSS")).toMatchObject({ itemsTaken: 3, itemsWaiting: 0, lastError: null, failures: 0 });
    expect(named("Garbage").lastError).toMatch(/garbage\.xml: not an RSS, Atom or JSON feed/);
    expect(named("Broken")).toMatchObject({ lastStatus: "HTTP 500", failures: 1 });
    expect(named("Broken").lastError).toBe(`${web.base}/broken.xml: HTTP 500 Internal Server Error`);
    expect(named("Gone").lastError).toBe(`${web.base}/gone.xml: HTTP 404 Not Found`);
    // Back-off: a failing feed is next due later than a healthy one.
    expect(Date.parse(named("Broken").nextPollAt)).toBeGreaterThan(Date.parse(named("Wire RSS").nextPollAt));
  }, 90_000); // the first extraction loads the language model and gazetteer (several seconds on a busy machine)

  it("a second poll asks conditionally (304) and stores nothing new", async () => {
    const before = web.requests.length;
    const summary = await pass();
    expect(summary).toMatchObject({ newItems: 0, itemsStored: 0 });
    expect(await db.source.count()).toBe(7);
    const rssAgain = web.requests.slice(before).find((r) => r.path === "/rss.xml");
    expect(rssAgain?.ifNoneMatch).toBe('"v1"');
    const rss = (await listFeeds(db)).find((f) => f.name === "Wire RSS")!;
    expect(rss.lastStatus).toBe("304 not modified");
    expect(await db.feed.findFirst({ where: { name: "Broken" }, select: { failures: true } })).toEqual({ failures: 2 });
  });

  it("a new item whose page is gone is recorded as failed with the URL and status; the feed's other items go in", async () => {
    web.routes.set("/articles/4", html(articleHtml({ n: 4, published: "2026-11-11" })));
    const items = [1, 2, 3, 4, 5].map((n) => ({ n, link: `${web.base}/articles/${n}`, published: "2026-11-11" }));
    web.routes.set("/rss.xml", conditionalFeed(() => rssFeed(items), "application/rss+xml", () => `"v2"`));
    const summary = await pass();
    expect(summary).toMatchObject({ newItems: 2, itemsStored: 1, itemsFailed: 1 });
    const failed = await db.feedItem.findFirstOrThrow({ where: { state: "failed" } });
    expect(failed.error).toBe(`${web.base}/articles/5: HTTP 404 Not Found`);
    expect(await db.source.count()).toBe(8);
  });

  it("the same article reached by a second feed is stored once", async () => {
    const dup = await addFeed(db, { url: `${web.base}/dup.json`, name: "Duplicate" });
    web.routes.set("/dup.json", conditionalFeed(() => jsonFeed([{ n: 1, link: `${web.base}/articles/1`, published: "2026-11-10" }]), "application/json"));
    const summary = await pass();
    expect(summary).toMatchObject({ itemsStored: 0, itemsAlreadyStored: 1 });
    expect(await db.source.count()).toBe(8);
    expect(await db.feedItem.findFirst({ where: { feedId: dup.id }, select: { state: true } })).toEqual({ state: "done" });
  });

  it("a paused feed is not polled", async () => {
    await setFeedStatus(db, `${web.base}/rss.xml`, "paused");
    const before = web.requests.length;
    await pass();
    expect(web.requests.slice(before).some((r) => r.path === "/rss.xml")).toBe(false);
    await setFeedStatus(db, `${web.base}/rss.xml`, "active");
  });

  it("a dispatch whose transaction fails leaves nothing behind: no source, no facts", async () => {
    const sources = await db.source.count();
    const facts = await db.fact.count();
    const input = dispatchInput.parse({ text: articleParagraphs(77).join("\n\n"), publishedAt: "2026-11-12" });
    await expect(
      storeDispatch(db, input, undefined, {
        inTransaction: async () => {
          throw new Error("worker died here");
        },
      }),
    ).rejects.toThrow("worker died here");
    expect(await db.source.count()).toBe(sources);
    expect(await db.fact.count()).toBe(facts);
  });
});
