import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteFeed, PATCH as patchFeed } from "@/app/api/feeds/[id]/route";
import { GET as getFeeds, POST as postFeed } from "@/app/api/feeds/route";
import { POST as postSource } from "@/app/api/sources/route";
import { getDb, type Db } from "@/lib/db/client";
import { articleHtml, articleParagraphs, FOOTER, RELATED } from "../fixtures/web/pages";
import { html, startLocalWebServer, type LocalWebServer } from "../fixtures/web/local-web-server";
import { createMigratedDatabase, type TestDatabase } from "./test-database";

const TOKEN = "test-admin-token-0123456789";
process.env.ADMIN_TOKEN = TOKEN;
process.env.ALLOW_PRIVATE_FETCH = "1";

let database: TestDatabase;
let db: Db;
let web: LocalWebServer;

function api(method: string, url: string, body?: unknown, auth = true) {
  return new Request(`http://localhost${url}`, {
    method,
    headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${TOKEN}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

function ingest(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const { ALLOW_PRIVATE_FETCH: _, ...rest } = process.env;
    const child = spawn(path.join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/ingest.ts", ...args], { env: { ...rest, DATABASE_URL: database.url, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  database = await createMigratedDatabase();
  process.env.DATABASE_URL = database.url;
  db = getDb(database.url);
  web = await startLocalWebServer();
  web.routes.set("/a/31", html(articleHtml({ n: 31, published: "2026-11-15" })));
  web.routes.set("/a/31-amp", html(articleHtml({ n: 31, published: "2026-11-15", canonical: `${web.base}/a/31` })));
  web.routes.set("/mirror/31", html(articleHtml({ n: 31, published: "2026-11-15" })));
  web.routes.set("/a/32", html(articleHtml({ n: 32 })));
  web.routes.set("/a/33", html(articleHtml({ n: 33, published: "2026-11-16", dateIn: "jsonld" })));
  web.routes.set("/a/34", html(articleHtml({ n: 34, published: "2026-11-16" })));
});
afterAll(async () => {
  await web.close();
  await database.cleanup();
});

describe('POST /api/sources {"url"}', () => {
  it("reads the article at the URL into a dispatch with proposed facts, without the page's furniture", { timeout: 90_000 }, async () => {
    const res = await postSource(api("POST", "/api/sources", { url: `${web.base}/a/31` }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { sourceId: number; proposed: number[] };
    expect(body.proposed.length).toBeGreaterThanOrEqual(2);
    const source = await db.source.findUniqueOrThrow({ where: { id: body.sourceId } });
    expect(source).toMatchObject({ url: `${web.base}/a/31`, publishedAt: "2026-11-15", publisher: "Example Wire", text: articleParagraphs(31).join("\n\n") });
    expect(source.text).not.toContain(RELATED[0]);
    expect(source.text).not.toContain(FOOTER);
  });

  it("stores the same article once: same URL, a page whose canonical URL is it, or the same text elsewhere", async () => {
    const first = await db.source.findFirstOrThrow({ where: { url: `${web.base}/a/31` } });
    for (const url of [`${web.base}/a/31`, `${web.base}/a/31-amp`, `${web.base}/mirror/31`]) {
      const res = await postSource(api("POST", "/api/sources", { url }));
      expect(res.status, url).toBe(200);
      expect(((await res.json()) as { sourceId: number }).sourceId).toBe(first.id);
    }
    expect(await db.source.count()).toBe(1);
  });

  it("names the URL and the HTTP status when the site fails, and stores nothing", async () => {
    const res = await postSource(api("POST", "/api/sources", { url: `${web.base}/a/404` }));
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ error: { code: "fetch_failed", message: `${web.base}/a/404: HTTP 404 Not Found`, parameter: "url" } });
    expect(await db.source.count()).toBe(1);
  });

  it("asks for a day when the page states none, and takes the one given", async () => {
    const res = await postSource(api("POST", "/api/sources", { url: `${web.base}/a/32` }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe("publishedAt");
    const dated = await postSource(api("POST", "/api/sources", { url: `${web.base}/a/32`, publishedAt: "2026-11-14" }));
    expect(dated.status).toBe(201);
  });

  it("refuses a non-web address with 400 naming the url", async () => {
    const res = await postSource(api("POST", "/api/sources", { url: "ftp://example.org/x" }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe("url");
  });
});

describe("npm run ingest -- URL", () => {
  it("stores a page (date from JSON-LD) and exits 0", async () => {
    const run = await ingest([`${web.base}/a/33`], { ALLOW_PRIVATE_FETCH: "1" });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^1 dispatches new, 0 already present, \d+ facts proposed/m);
    expect(await db.source.count({ where: { publishedAt: "2026-11-16" } })).toBe(1);
  }, 120_000); // a fresh process loads the extractor's model (tens of seconds on a busy machine)

  it("names the URL and HTTP status of a failed fetch, exits non-zero and stores nothing", async () => {
    const before = await db.source.count();
    const run = await ingest([`${web.base}/a/404`], { ALLOW_PRIVATE_FETCH: "1" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`ingest: ${web.base}/a/404: HTTP 404 Not Found`);
    expect(await db.source.count()).toBe(before);
  }, 120_000); // a fresh process loads the extractor's model (tens of seconds on a busy machine)

  it("refuses a loopback address without ALLOW_PRIVATE_FETCH (exit 2)", async () => {
    const run = await ingest([`${web.base}/a/34`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/127\.0\.0\.1 is a private or loopback address/);
  }, 120_000); // a fresh process loads the extractor's model (tens of seconds on a busy machine)
});

describe("/api/feeds", () => {
  it("follows, lists, pauses and removes a feed; writes need the admin", async () => {
    expect((await postFeed(api("POST", "/api/feeds", { url: `${web.base}/feed.xml` }, false))).status).toBe(401);
    const added = await postFeed(api("POST", "/api/feeds", { url: `${web.base}/feed.xml`, name: "Test wire" }));
    expect(added.status).toBe(201);
    const feed = (await added.json()) as { id: number; status: string };
    expect(feed.status).toBe("active");
    expect((await postFeed(api("POST", "/api/feeds", { url: `${web.base}/feed.xml` }))).status).toBe(409);
    expect((await postFeed(api("POST", "/api/feeds", { url: "not a url" }))).status).toBe(400);

    const ctx = { params: Promise.resolve({ id: String(feed.id) }) };
    const paused = await patchFeed(api("PATCH", `/api/feeds/${feed.id}`, { status: "paused" }), ctx);
    expect(((await paused.json()) as { status: string }).status).toBe("paused");
    const wrong = await patchFeed(api("PATCH", `/api/feeds/${feed.id}`, { status: "sleeping" }), ctx);
    expect(wrong.status).toBe(400);

    const list = (await (await getFeeds(api("GET", "/api/feeds"))).json()) as { feeds: { name: string }[] };
    expect(list.feeds.map((f) => f.name)).toEqual(["Test wire"]);
    expect((await deleteFeed(api("DELETE", `/api/feeds/${feed.id}`), ctx)).status).toBe(204);
    expect((await deleteFeed(api("DELETE", `/api/feeds/${feed.id}`), ctx)).status).toBe(404);
  });
});
