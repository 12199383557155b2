/**
 * Where to go after signing in: a path on this site, whatever was asked for. The value is
 * resolved against our own origin as a browser would, and anything that lands elsewhere
 * ("//evil", "/\evil.example", "https://evil", "javascript:…") falls back to the default.
 * Non-ASCII paths come back percent-encoded, so they are safe in a Location header.
 */
export const DEFAULT_NEXT = "/review";

export function resolveNext(raw: unknown, fallback = DEFAULT_NEXT): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return fallback;
  // Only a path: an absolute URL to ourselves is not needed and "/" + "\\" tricks start here.
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  const base = "http://factboard.invalid";
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Belt and braces: what we send must itself start with a single "/".
  return /^\/(?![/\\])[\x21-\x7e]*$/.test(path) ? path : fallback;
}
