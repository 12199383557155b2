import { getEnv } from "../env";

/**
 * What a request says about where it came from. Forwarded headers are believed only with
 * TRUST_PROXY=1: without a proxy in front, a client can send X-Forwarded-Host or -Proto itself
 * (and Next.js passes a client's own X-Forwarded-For through unchanged).
 */

function firstValue(header: string | null): string | null {
  const v = header?.split(",")[0]?.trim();
  return v ? v : null;
}

function trustProxy(): boolean {
  return getEnv().TRUST_PROXY === "1";
}

/** "https:" or "http:" — the scheme the browser used to reach us. */
function ownScheme(request: Request): string {
  const forwarded = trustProxy() ? firstValue(request.headers.get("x-forwarded-proto"))?.toLowerCase() : null;
  if (forwarded === "https" || forwarded === "http") return `${forwarded}:`;
  try {
    return new URL(request.url).protocol;
  } catch {
    return "http:";
  }
}

/** This site's own origin as the browser sees it, e.g. "https://factboard.example". */
export function ownOrigin(request: Request): string {
  const host = (trustProxy() ? firstValue(request.headers.get("x-forwarded-host")) : null) ?? request.headers.get("host");
  const fallback = (() => {
    try {
      return new URL(request.url).host;
    } catch {
      return "localhost";
    }
  })();
  try {
    // Through URL, so "Example.org:80" and "example.org" compare equal and a malformed Host cannot pass as ours.
    return new URL(`${ownScheme(request)}//${host ?? fallback}`).origin;
  } catch {
    return "null";
  }
}

export function servedOverHttps(request: Request): boolean {
  return ownScheme(request) === "https:";
}

/**
 * The client's address for per-address limits. Behind a trusted proxy, the last X-Forwarded-For
 * entry is the one the proxy itself saw. Without one, `npm start`'s server (server/start.ts)
 * overwrites the header with the socket's address, so a client cannot choose it. (Under
 * `next dev` Next.js only fills it when absent: there it is as honest as the client.)
 */
export function clientAddress(request: Request): string {
  const entries = (request.headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const address = trustProxy() ? entries.at(-1) : entries[0];
  return (address ?? "unknown").slice(0, 100);
}
