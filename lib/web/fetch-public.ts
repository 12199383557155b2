import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { getEnv } from "../env";
import { FetchError } from "./fetch-error";
import { isPrivateAddress } from "./private-address";

export const USER_AGENT = "Factboard/0.1 (news fact extraction; reads pages and feeds its admins add)";

export interface FetchOptions {
  /** Content types accepted (prefixes such as "text/html"); anything else is refused. */
  accept: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Conditional request headers (If-None-Match, If-Modified-Since) and the like. */
  headers?: Record<string, string>;
  /** Reach loopback and private addresses too; defaults to ALLOW_PRIVATE_FETCH (tests set it). */
  allowPrivate?: boolean;
}

export interface FetchedPage {
  /** The address after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  contentType: string;
  etag?: string;
  lastModified?: string;
  body: string;
}

export const DEFAULTS = { maxBytes: 5_000_000, timeoutMs: 15_000, maxRedirects: 5 } as const;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Resolves the host name and refuses it when any address it resolves to is private. */
function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 4);
      const list = addresses as dns.LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate) {
        const refused = Object.assign(new Error(`${hostname} resolves to ${bad.address}, a private or loopback address`), { code: "EPRIVATE" });
        return callback(refused, "", 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), "", 4);
      callback(null, first.address, first.family);
    });
  };
}

function checkAddress(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(raw, `"${raw}" is not a web address: expected http(s)://host/path`, undefined, true);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError(raw, `${raw}: only http and https addresses can be fetched`, undefined, true);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host) && isPrivateAddress(host) && !allowPrivate)
    throw new FetchError(raw, `${raw}: ${host} is a private or loopback address; Factboard fetches public pages only (ALLOW_PRIVATE_FETCH=1 lifts this for tests)`, undefined, true);
  return url;
}

function decode(buffer: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(buffer);
  } catch {
    return new TextDecoder("utf-8").decode(buffer);
  }
}

function bodyStream(res: http.IncomingMessage): Readable {
  switch ((res.headers["content-encoding"] ?? "").toLowerCase()) {
    case "gzip":
      return res.pipe(zlib.createGunzip());
    case "deflate":
      return res.pipe(zlib.createInflate());
    case "br":
      return res.pipe(zlib.createBrotliDecompress());
    default:
      return res;
  }
}

/** One request, no redirects followed: the caller decides about the next hop. */
function requestOnce(url: URL, opts: Required<Omit<FetchOptions, "headers">> & { headers: Record<string, string> }, deadline: number): Promise<{ res: http.IncomingMessage; body?: Buffer }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(url, {
      method: "GET",
      headers: { "User-Agent": USER_AGENT, Accept: `${opts.accept.join(", ")};q=1, */*;q=0.1`, "Accept-Encoding": "gzip, deflate, br", ...opts.headers },
      lookup: guardedLookup(opts.allowPrivate),
      // A fresh connection per request: no pooled socket that the server already closed (ECONNRESET).
      agent: false,
    });
    const timer = setTimeout(() => req.destroy(new FetchError(url.href, `${url.href}: no complete answer within ${Math.round(opts.timeoutMs / 1000)} s (time-out)`)), Math.max(0, deadline - Date.now()));
    const fail = (err: unknown) => {
      clearTimeout(timer);
      if (err instanceof FetchError) return reject(err);
      const e = err as NodeJS.ErrnoException;
      if (e.code === "EPRIVATE") return reject(new FetchError(url.href, `${url.href}: ${e.message}; Factboard fetches public pages only`, undefined, true));
      reject(new FetchError(url.href, `${url.href}: could not connect (${e.code ?? e.message})`));
    };
    req.on("error", fail);
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) || status === 304 || status < 200 || status >= 300) {
        res.resume();
        clearTimeout(timer);
        return resolve({ res });
      }
      const declared = Number(res.headers["content-length"] ?? NaN);
      if (declared > opts.maxBytes) {
        req.destroy();
        return fail(new FetchError(url.href, `${url.href}: the page is ${declared.toLocaleString("en")} bytes, over the ${opts.maxBytes.toLocaleString("en")}-byte limit`, status));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const stream = bodyStream(res);
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > opts.maxBytes) {
          req.destroy();
          stream.destroy();
          fail(new FetchError(url.href, `${url.href}: the page is over the ${opts.maxBytes.toLocaleString("en")}-byte limit`, status));
        } else chunks.push(chunk);
      });
      stream.on("error", fail);
      stream.on("end", () => {
        clearTimeout(timer);
        resolve({ res, body: Buffer.concat(chunks) });
      });
    });
    req.end();
  });
}

/**
 * GETs a public page or feed: http(s) only, a time-out over the whole exchange, a size cap,
 * a bounded number of redirects (each hop checked again), the content type checked, and
 * private, loopback and link-local addresses refused after DNS resolution. Throws FetchError.
 */
export async function fetchPublic(address: string, options: FetchOptions): Promise<FetchedPage> {
  const opts = {
    accept: options.accept,
    maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    maxRedirects: options.maxRedirects ?? DEFAULTS.maxRedirects,
    headers: options.headers ?? {},
    allowPrivate: options.allowPrivate ?? getEnv().ALLOW_PRIVATE_FETCH,
  };
  const deadline = Date.now() + opts.timeoutMs;
  let url = checkAddress(address, opts.allowPrivate);
  for (let hop = 0; ; hop++) {
    const { res, body } = await requestOnce(url, opts, deadline);
    const status = res.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      const location = res.headers.location;
      if (!location) throw new FetchError(url.href, `${url.href}: HTTP ${status} redirect without a Location`, status);
      if (hop + 1 > opts.maxRedirects) throw new FetchError(address, `${address}: more than ${opts.maxRedirects} redirects (a redirect loop?)`, status);
      url = checkAddress(new URL(location, url).href, opts.allowPrivate);
      continue;
    }
    const header = (name: string) => {
      const v = res.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    if (status === 304) return { url: url.href, status, notModified: true, contentType: "", etag: header("etag"), lastModified: header("last-modified"), body: "" };
    if (status < 200 || status >= 300) throw new FetchError(url.href, `${url.href}: HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""}`, status);
    const contentType = header("content-type") ?? "";
    const type = contentType.split(";")[0]!.trim().toLowerCase();
    if (!opts.accept.some((a) => type === a || (a.endsWith("/") && type.startsWith(a))))
      throw new FetchError(url.href, `${url.href}: content type "${type || "none"}" is not one of ${opts.accept.join(", ")}`, status);
    return { url: url.href, status, notModified: false, contentType, etag: header("etag"), lastModified: header("last-modified"), body: decode(body ?? Buffer.alloc(0), contentType) };
  }
}
