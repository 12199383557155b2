import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "@/lib/web/fetch-error";
import { fetchPublic, USER_AGENT } from "@/lib/web/fetch-public";
import { isPrivateAddress } from "@/lib/web/private-address";
import { html, startLocalWebServer, type LocalWebServer } from "../../fixtures/web/local-web-server";

const PAGE = ["text/html"] as const;
let web: LocalWebServer;

beforeAll(async () => {
  web = await startLocalWebServer();
  web.routes.set("/ok", html("<p>hello</p>"));
  web.routes.set("/gzip", (_req, res) => res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" }).end(zlib.gzipSync("<p>packed</p>")));
  web.routes.set("/boom", (_req, res) => res.writeHead(500, { "Content-Type": "text/plain" }).end("oops"));
  web.routes.set("/slow", (_req, res) => {
    const t = setTimeout(() => res.writeHead(200, { "Content-Type": "text/html" }).end("late"), 3_000);
    res.on("close", () => clearTimeout(t));
  });
  web.routes.set("/huge", (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html" }); // no Content-Length: the cap must count bytes as they come
    const chunk = "x".repeat(64 * 1024);
    let sent = 0;
    const push = () => {
      while (sent < 200 && res.write(chunk)) sent++;
      if (sent < 200) res.once("drain", push);
      else res.end();
    };
    push();
  });
  web.routes.set("/loop-a", (_req, res) => res.writeHead(302, { Location: "/loop-b" }).end());
  web.routes.set("/loop-b", (_req, res) => res.writeHead(302, { Location: "/loop-a" }).end());
  web.routes.set("/hop", (_req, res) => res.writeHead(301, { Location: "/ok" }).end());
  web.routes.set("/to-file", (_req, res) => res.writeHead(302, { Location: "file:///etc/passwd" }).end());
  web.routes.set("/image", (_req, res) => res.writeHead(200, { "Content-Type": "image/png" }).end("png"));
});
afterAll(() => web.close());

async function failure(url: string, options: Partial<Parameters<typeof fetchPublic>[1]> = {}): Promise<FetchError> {
  const err = await fetchPublic(url, { accept: PAGE, allowPrivate: true, ...options }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

describe("fetchPublic", () => {
  it("fetches a page with a User-Agent naming Factboard, and unpacks gzip", async () => {
    const page = await fetchPublic(`${web.base}/gzip`, { accept: PAGE, allowPrivate: true });
    expect(page.body).toBe("<p>packed</p>");
    expect(web.requests.at(-1)?.userAgent).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^Factboard\//);
  });

  it("follows a redirect and reports the final address", async () => {
    const page = await fetchPublic(`${web.base}/hop`, { accept: PAGE, allowPrivate: true });
    expect(page.url).toBe(`${web.base}/ok`);
  });

  it("names the URL and the HTTP status of a 404 and a 500", async () => {
    const missing = await failure(`${web.base}/nothing-here`);
    expect(missing.status).toBe(404);
    expect(missing.message).toBe(`${web.base}/nothing-here: HTTP 404 Not Found`);
    const broken = await failure(`${web.base}/boom`);
    expect(broken.message).toBe(`${web.base}/boom: HTTP 500 Internal Server Error`);
  });

  it("gives up on a slow server at the time-out", async () => {
    const started = Date.now();
    const err = await failure(`${web.base}/slow`, { timeoutMs: 300 });
    expect(err.message).toMatch(/time-out/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("stops reading a huge page at the size cap", async () => {
    const err = await failure(`${web.base}/huge`, { maxBytes: 1_000_000 });
    expect(err.message).toMatch(/over the 1,000,000-byte limit/);
  });

  it("stops a redirect loop after the allowed number of hops", async () => {
    const err = await failure(`${web.base}/loop-a`, { maxRedirects: 3 });
    expect(err.message).toMatch(/more than 3 redirects/);
  });

  it("re-checks every hop: a redirect to file:// is refused", async () => {
    const err = await failure(`${web.base}/to-file`);
    expect(err.message).toMatch(/only http and https/);
    expect(err.badInput).toBe(true);
  });

  it("refuses a content type it was not asked for", async () => {
    const err = await failure(`${web.base}/image`);
    expect(err.message).toMatch(/content type "image\/png" is not one of text\/html/);
  });

  it("refuses loopback and private addresses without ALLOW_PRIVATE_FETCH, by literal and by resolved name", async () => {
    const before = web.requests.length;
    const literal = await failure(`${web.base}/ok`, { allowPrivate: false });
    expect(literal.message).toMatch(/127\.0\.0\.1 is a private or loopback address/);
    expect(literal.badInput).toBe(true);
    const port = new URL(web.base).port;
    const resolved = await failure(`http://localhost:${port}/ok`, { allowPrivate: false });
    expect(resolved.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1), a private or loopback address/);
    expect(web.requests.length).toBe(before); // nothing reached the server
  });

  it("refuses other schemes", async () => {
    const err = await failure("ftp://example.org/file");
    expect(err.message).toBe("ftp://example.org/file: only http and https addresses can be fetched");
  });
});

describe("isPrivateAddress", () => {
  it.each(["127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1"])("%s is private", (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
  });
  it.each(["93.184.216.34", "8.8.8.8", "2a00:1450:4001::1", "172.32.0.1"])("%s is public", (ip) => {
    expect(isPrivateAddress(ip)).toBe(false);
  });
});
