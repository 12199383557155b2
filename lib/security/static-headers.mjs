/**
 * Headers every response carries, static files included: next.config.js sends them on every
 * path, proxy.ts adds the per-request Content-Security-Policy and HSTS. Plain JavaScript so the
 * config can import it without a TypeScript loader; static-headers.d.mts types it for TS code.
 */
export const STATIC_SECURITY_HEADERS = Object.freeze({
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  // For browsers without CSP frame-ancestors.
  "X-Frame-Options": "DENY",
});
