import { createHmac, timingSafeEqual } from "node:crypto";

/** How long an admin session lasts; a reviewer logs in again the next working day. */
export const SESSION_SECONDS = 12 * 60 * 60;

export interface Session {
  /** Who is reviewing, as they gave it at login: revisions record it. */
  reviewer: string;
  issuedAt: number;
}

/** "v1.<issued seconds>.<reviewer, base64url>.<HMAC>" */
export function signSession(secret: string, reviewer: string, now = Date.now()): string {
  const payload = `v1.${Math.floor(now / 1000)}.${Buffer.from(reviewer).toString("base64url")}`;
  return `${payload}.${mac(secret, payload)}`;
}

export type SessionCheck = { ok: true; session: Session } | { ok: false; reason: "invalid" | "expired" };

/** Checks a cookie value: our signature (in constant time) and not older than a session. */
export function verifySession(secret: string, value: string, now = Date.now()): SessionCheck {
  const parts = value.split(".");
  if (parts.length !== 4 || parts[0] !== "v1" || !/^\d+$/.test(parts[1] ?? "")) return { ok: false, reason: "invalid" };
  const payload = parts.slice(0, 3).join(".");
  if (!safeEqual(mac(secret, payload), parts[3] ?? "")) return { ok: false, reason: "invalid" };
  const issuedAt = Number(parts[1]);
  const age = now / 1000 - issuedAt;
  if (age < -60 || age > SESSION_SECONDS) return { ok: false, reason: "expired" };
  return { ok: true, session: { reviewer: Buffer.from(parts[2] ?? "", "base64url").toString("utf8"), issuedAt } };
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function mac(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}
