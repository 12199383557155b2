import { timingSafeEqual, createHash } from "node:crypto";
import { getDb } from "../db/client";
import { getEnv } from "../env";
import { ApiError } from "../http/api-error";
import type { Role } from "./account-fields";
import { readCookie, SESSION_COOKIE } from "./cookies";
import { checkRate, hitRate, RULES, type Blocked } from "./rate-limit";
import { clientAddress, ownOrigin } from "./request-origin";
import { findSession, type SignedInUser } from "./sessions";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Who is making a request that writes: a signed-in account, or a script with ADMIN_TOKEN. */
export interface Actor {
  role: Role;
  /** Shown beside their changes on public pages: a display name, never a login name. */
  displayName: string;
  /** The account, or null for the Bearer token. */
  userId: number | null;
  sessionId: number | null;
}

export const TOKEN_ACTOR_NAME = "API token";

export function tooManyRequests(blocked: Blocked, what: string): ApiError {
  return new ApiError("too_many_requests", `${what}: try again in ${blocked.retryAfterSeconds} s.`, { retryAfter: blocked.retryAfterSeconds });
}

function sameSecret(given: string, expected: string): boolean {
  // Hash both sides so the comparison takes the same time whatever the lengths.
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * A cookie is sent by the browser on its own, so a cookie-authenticated write must come from
 * our own pages: the Origin (or Referer) must be this site, scheme and host. SameSite=Strict is
 * the first guard, this is the second.
 */
function assertSameOrigin(request: Request) {
  const claimed = request.headers.get("origin") ?? request.headers.get("referer");
  let origin = "";
  try {
    origin = claimed ? new URL(claimed).origin : "";
  } catch {
    origin = "";
  }
  if (!origin || origin === "null" || origin !== ownOrigin(request)) {
    throw new ApiError(403, "cross_site_request", "This write did not come from Factboard's own pages (Origin does not match); reload the page and try again.");
  }
}

async function bearerActor(request: Request, header: string): Promise<Actor> {
  const db = getDb();
  const address = clientAddress(request);
  const blocked = await checkRate(db, RULES.bearerPerAddress, address);
  if (blocked) throw tooManyRequests(blocked, "Too many wrong tokens from this address");
  const token = /^Bearer ([\x21-\x7e]{1,500})$/.exec(header)?.[1];
  const expected = getEnv().ADMIN_TOKEN;
  if (!token || !expected || !sameSecret(token, expected)) {
    const nowBlocked = await hitRate(db, RULES.bearerPerAddress, address);
    if (nowBlocked) throw tooManyRequests(nowBlocked, "Too many wrong tokens from this address");
    throw new ApiError(403, "forbidden", expected ? "The Bearer token is wrong." : "Bearer tokens are disabled on this server: set ADMIN_TOKEN.");
  }
  return { role: "admin", displayName: TOKEN_ACTOR_NAME, userId: null, sessionId: null };
}

/** The signed-in account behind the request's session cookie, or null. Never throws on a malformed cookie. */
export async function signedInUser(request: Request): Promise<SignedInUser | null> {
  const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  return token ? findSession(getDb(), token) : null;
}

/**
 * Everything that writes calls this first (one call, so a route wrapper can too). 401 without
 * a valid session (none, expired, revoked, disabled or malformed), 403 for a wrong Bearer token,
 * a cross-site write or too small a role, 429 with Retry-After when rate-limited.
 */
export async function requireRole(request: Request, role: Role): Promise<Actor> {
  const bearer = request.headers.get("authorization");
  if (bearer) return bearerActor(request, bearer);
  const user = await signedInUser(request);
  if (!user) throw new ApiError(401, "unauthenticated", "Sign-in required: sign in at /login (a session ends at logout, after 12 hours, or when an admin revokes it).");
  if (role === "admin" && user.role !== "admin") throw new ApiError(403, "forbidden", "Only an admin may do this; your account is a reviewer.");
  if (UNSAFE.has(request.method)) {
    assertSameOrigin(request);
    const blocked = await hitRate(getDb(), RULES.writesPerSession, String(user.sessionId));
    if (blocked) throw tooManyRequests(blocked, "Too many changes in a minute from this session");
  }
  return { role: user.role, displayName: user.displayName, userId: user.userId, sessionId: user.sessionId };
}

/** Reviewing: verify, edit, reject or add facts, paste dispatches. */
export const requireReviewer = (request: Request) => requireRole(request, "reviewer");
/** Managing accounts and sessions, deleting dispatches. */
export const requireAdmin = (request: Request) => requireRole(request, "admin");

/** For server components: the account behind a cookie value, or null. */
export async function userFromCookie(token: string | undefined): Promise<SignedInUser | null> {
  return token ? findSession(getDb(), token) : null;
}
