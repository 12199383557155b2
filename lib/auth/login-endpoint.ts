import { z } from "zod";
import { getDb } from "../db/client";
import { ApiError } from "../http/api-error";
import { errorResponse } from "../http/error-response";
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from "./cookies";
import { loginBodyKind, readLoginBody, type LoginBodyKind } from "./login-body";
import { MAX_PASSWORD_LENGTH, passwordHashForTiming, verifyPassword } from "./password";
import { checkRate, clearRate, hitRate, pruneRates, RULES } from "./rate-limit";
import { tooManyRequests } from "./require-admin";
import { clientAddress, ownOrigin } from "./request-origin";
import { resolveNext } from "./safe-next";
import { createSession, revokeSessionByToken } from "./sessions";

const loginBody = z.object({
  name: z.string().trim().toLowerCase().min(1, "name: enter your account name").max(64, "name: too long"),
  password: z.string().min(1, "password: enter your password").max(MAX_PASSWORD_LENGTH, "password: too long"),
  next: z.unknown().optional(),
});

const WRONG = "That account name and password do not match an active account.";

/**
 * A browser posting our sign-in form sends our Origin. Another site's form could sign a
 * visitor into an account of the attacker's choosing (login CSRF), so a foreign Origin is
 * refused; scripts that send no Origin may sign in.
 */
function assertLoginFromOurPages(request: Request) {
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== ownOrigin(request)) {
    throw new ApiError(403, "cross_site_request", "This sign-in did not come from Factboard's own sign-in page; open /login and try again.");
  }
}

/** A form post is answered with pages (a redirect, or a short page for 429/413); JSON with JSON. */
function failure(err: unknown, kind: LoginBodyKind | null, next: string): Response {
  if (kind !== "form" || !(err instanceof ApiError)) return errorResponse(err);
  if (err.status === 429) {
    const page = `<!doctype html><meta charset="utf-8"><title>Too many attempts</title><p>${err.message.replace(/[<>&]/g, "")}</p><p><a href="/login">Back to sign-in</a></p>`;
    return new Response(page, { status: 429, headers: { "Content-Type": "text/html; charset=utf-8", ...(err.retryAfter !== undefined ? { "Retry-After": String(err.retryAfter) } : {}) } });
  }
  if (err.status >= 413) return errorResponse(err);
  return new Response(null, { status: 303, headers: { Location: `/login?error=${encodeURIComponent(err.code)}&next=${encodeURIComponent(next)}` } });
}

/**
 * POST /api/auth/login: name + password → a session stored in the database and an http-only,
 * same-site cookie holding its random token. Failed attempts are counted per address and per
 * account (in the database, shared by every app process); past a few, each costs a growing wait.
 */
export async function handleLogin(request: Request): Promise<Response> {
  let kind: LoginBodyKind | null = null;
  let next = resolveNext(undefined);
  try {
    kind = loginBodyKind(request);
    assertLoginFromOurPages(request);
    const raw = await readLoginBody(request, kind);
    next = resolveNext(raw.next);
    const body = loginBody.parse(raw);
    const db = getDb();
    const address = clientAddress(request);
    const blocked = (await checkRate(db, RULES.loginPerAddress, address)) ?? (await checkRate(db, RULES.loginPerAccount, body.name));
    if (blocked) throw tooManyRequests(blocked, "Too many failed sign-ins");

    const user = await db.user.findUnique({ where: { name: body.name } });
    // An unknown name costs a hash too, so timing does not tell which names exist.
    const matches = await verifyPassword(body.password, user?.passwordHash ?? (await passwordHashForTiming()));
    if (!user || !matches || user.disabled) {
      const byAddress = await hitRate(db, RULES.loginPerAddress, address);
      const byAccount = await hitRate(db, RULES.loginPerAccount, body.name);
      const nowBlocked = byAddress ?? byAccount;
      if (nowBlocked) throw tooManyRequests(nowBlocked, "Too many failed sign-ins");
      throw new ApiError(401, "wrong_credentials", WRONG);
    }
    await clearRate(db, RULES.loginPerAccount, body.name);
    await pruneRates(db);
    const token = await createSession(db, user.id, { userAgent: request.headers.get("user-agent"), ip: address });
    const cookie = sessionCookie(request, token);
    if (kind === "form") return new Response(null, { status: 303, headers: { Location: next, "Set-Cookie": cookie } });
    return Response.json({ ok: true, displayName: user.displayName, role: user.role, next }, { headers: { "Set-Cookie": cookie } });
  } catch (err) {
    return failure(err, kind, next);
  }
}

/** POST /api/auth/logout: revokes the session in the database (a copied cookie stops working too) and clears the cookie. */
export async function handleLogout(request: Request): Promise<Response> {
  try {
    const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
    if (token) await revokeSessionByToken(getDb(), token);
    return new Response(null, { status: 303, headers: { Location: "/", "Set-Cookie": clearedSessionCookie(request) } });
  } catch (err) {
    return errorResponse(err);
  }
}
