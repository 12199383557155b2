import { SESSION_SECONDS } from "./sessions";
import { servedOverHttps } from "./request-origin";

export const SESSION_COOKIE = "factboard_session";

/**
 * A cookie's raw value, never decoded: session tokens are base64url, so anything else
 * (say "%ff") is simply not a token, rather than an exception.
 */
export function readCookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** http-only, same-site strict, Secure when the browser reached us over HTTPS. */
export function sessionCookie(request: Request, token: string, maxAge = SESSION_SECONDS): string {
  const secure = servedOverHttps(request) ? "; Secure" : "";
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`;
}

export function clearedSessionCookie(request: Request): string {
  return sessionCookie(request, "", 0);
}
