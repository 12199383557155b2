import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import type { Role } from "./account-fields";

/** A session lasts a working day; a reviewer signs in again the next one. */
export const SESSION_SECONDS = 12 * 60 * 60;
// lastSeenAt is written at most this often per session, so reading pages does not write every time.
const LAST_SEEN_EVERY_MS = 60_000;

export interface SignedInUser {
  sessionId: number;
  userId: number;
  name: string;
  displayName: string;
  role: Role;
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 32 random bytes, base64url: the cookie holds it, the database only its hash. */
export async function createSession(db: Db, userId: number, meta: { userAgent: string | null; ip: string | null }, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      tokenHash: hashSessionToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_SECONDS * 1000),
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ip: meta.ip?.slice(0, 100) ?? null,
    },
  });
  // Expired rows are of no use to anyone; sign-ins are rare enough to sweep them here.
  await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return token;
}

/** The account behind a cookie's token, or null when the token is unknown, expired, revoked or its account disabled. */
export async function findSession(db: Db, token: string, now = new Date()): Promise<SignedInUser | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await db.session.findUnique({ where: { tokenHash: hashSessionToken(token) }, include: { user: true } });
  if (!row || row.expiresAt <= now || row.user.disabled) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await db.session.updateMany({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  return { sessionId: row.id, userId: row.user.id, name: row.user.name, displayName: row.user.displayName, role: row.user.role as Role };
}

export function revokeSessionByToken(db: Db, token: string) {
  return db.session.deleteMany({ where: { tokenHash: hashSessionToken(token) } });
}

export function revokeUserSessions(db: Db, userId: number) {
  return db.session.deleteMany({ where: { userId } });
}

export interface SessionSummary {
  id: number;
  account: string;
  displayName: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  ip: string | null;
}

/** Sessions still valid, most recently used first. */
export async function listSessions(db: Db, now = new Date()): Promise<SessionSummary[]> {
  const rows = await db.session.findMany({
    where: { expiresAt: { gt: now } },
    include: { user: { select: { name: true, displayName: true } } },
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    take: 500,
  });
  return rows.map((s) => ({
    id: s.id,
    account: s.user.name,
    displayName: s.user.displayName,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    userAgent: s.userAgent,
    ip: s.ip,
  }));
}

/** Revokes one session by id; false when there was none. */
export async function revokeSession(db: Db, id: number): Promise<boolean> {
  return (await db.session.deleteMany({ where: { id } })).count > 0;
}
