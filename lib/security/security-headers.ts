/**
 * Headers every response carries (next.config.ts sends them on static files too; proxy.ts
 * adds the per-request Content-Security-Policy and HSTS).
 */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  // For browsers without CSP frame-ancestors.
  "X-Frame-Options": "DENY",
};

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
