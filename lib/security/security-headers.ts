/**
 * The headers of every response and of pages. The fixed ones live in static-headers.mjs, which
 * next.config.js imports too (it sends them on static files); proxy.ts adds the per-request
 * Content-Security-Policy and HSTS.
 */
export { STATIC_SECURITY_HEADERS } from "./static-headers.mjs";

/**
 * The policy of a page: scripts only from this site with this response's nonce (Next puts it
 * on its own scripts, read from this header), nothing framed, no plugins. Styles allow inline
 * style attributes: React sets them (chart positions, widths) and a nonce cannot cover those.
 */
export function pageCsp(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** API answers are data, never documents: nothing in them may run or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Sent only on HTTPS responses; a browser ignores it over plain HTTP anyway. */
export const HSTS = "max-age=31536000; includeSubDomains";
