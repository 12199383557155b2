/**
 * Who a request comes from, for per-client limits: the first address of X-Forwarded-For, which
 * `next start` sets to the socket's address when the request has none. A client that sends its
 * own header can pose as many; the overall limits still hold for it, and behind a proxy that
 * overwrites the header each address is counted apart.
 */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for") ?? "";
  return forwarded.split(",")[0]?.trim().slice(0, 64) || "unknown";
}
