import { ApiError } from "../http/api-error";
import { adminConfig, SESSION_COOKIE } from "./admin-config";
import { safeEqual, verifySession, type Session } from "./session-token";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function cookieValue(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

/**
 * A cookie is sent by the browser on its own, so a cookie-authenticated write must come from
 * our own pages: the Origin (or Referer) must be this host. SameSite=Strict is the first guard,
 * this is the second.
 */
function assertSameOrigin(request: Request) {
  const origin = request.headers.get("origin") ?? request.headers.get("referer");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let sameOrigin = false;
  try {
    sameOrigin = !!origin && !!host && new URL(origin).host === host;
  } catch {
    sameOrigin = false;
  }
  if (!sameOrigin) throw new ApiError(403, "cross_site_request", "This write did not come from Factboard's own pages (Origin does not match); reload the page and try again.");
}

/**
 * Everything that writes calls this first. 401 when no credentials are given, 403 when they
 * are wrong, expired or cross-site. Scripts may send `Authorization: Bearer <ADMIN_TOKEN>`.
 */
export function requireAdmin(request: Request): Session {
  const config = adminConfig();
  if (!config) throw new ApiError(403, "writes_disabled", "Writing is disabled on this server: set ADMIN_TOKEN to enable the admin login.");
  const bearer = request.headers.get("authorization");
  if (bearer) {
    const token = /^Bearer (.+)$/.exec(bearer)?.[1] ?? "";
    if (!safeEqual(token, config.token)) throw new ApiError(403, "forbidden", "The admin token is wrong.");
    return { reviewer: "admin (API token)", issuedAt: Math.floor(Date.now() / 1000) };
  }
  const cookie = cookieValue(request, SESSION_COOKIE);
  if (!cookie) throw new ApiError(401, "unauthenticated", "Admin login required: log in at /login.");
  const check = verifySession(config.secret, cookie);
  if (!check.ok) throw new ApiError(403, "forbidden", check.reason === "expired" ? "Your admin session expired: log in again at /login." : "Your admin session is not valid: log in again at /login.");
  if (UNSAFE.has(request.method)) assertSameOrigin(request);
  return check.session;
}

/** For server components: the admin session in this cookie value, or null. */
export function adminSessionFromCookie(cookie: string | undefined): Session | null {
  const config = adminConfig();
  if (!config || !cookie) return null;
  const check = verifySession(config.secret, cookie);
  return check.ok ? check.session : null;
}
