import type { Db } from "../db/client";
import { sql } from "../db/sql";

/**
 * Rate limits kept in the database, so every app process on one database counts together.
 * One row per key; a failure (or a write) is one atomic upsert that counts within a fixed
 * window and returns the new count, so two processes counting at once never lose a hit.
 *
 * A rule lets `free` hits through per window. For failures (`backoff`), each hit past that
 * blocks the key for base · 2^(n−1), capped: 1 s, 2 s, 4 s … up to the cap. For writes, a key
 * past its budget waits for the window to end.
 */
export interface RateRule {
  name: string;
  free: number;
  windowMs: number;
  backoff?: { baseMs: number; maxMs: number };
}

const MINUTE = 60_000;

export const RULES = {
  /** Failed sign-ins from one address (any account). */
  loginPerAddress: { name: "login-ip", free: 10, windowMs: 15 * MINUTE, backoff: { baseMs: 1000, maxMs: 15 * MINUTE } },
  /** Failed sign-ins to one account (from anywhere): guessing one password stays slow even from many addresses. */
  loginPerAccount: { name: "login-account", free: 5, windowMs: 15 * MINUTE, backoff: { baseMs: 2000, maxMs: 15 * MINUTE } },
  /** Wrong Bearer tokens from one address. */
  bearerPerAddress: { name: "bearer-ip", free: 5, windowMs: 15 * MINUTE, backoff: { baseMs: 1000, maxMs: 15 * MINUTE } },
  /** Writes of one signed-in session: a reviewer verifying fast does well under 2 a second. */
  writesPerSession: { name: "writes-session", free: 120, windowMs: MINUTE },
} satisfies Record<string, RateRule>;

export interface Blocked {
  retryAfterSeconds: number;
}

function keyOf(rule: RateRule, subject: string): string {
  return `${rule.name}:${subject}`.slice(0, 200);
}

/** How long a key is blocked after its n-th hit in the window; 0 while within the free hits. */
export function blockMs(rule: RateRule, count: number, windowStartMs: number, now: number): number {
  if (count <= rule.free) return 0;
  if (!rule.backoff) return windowStartMs + rule.windowMs - now;
  return Math.min(rule.backoff.maxMs, rule.backoff.baseMs * 2 ** Math.min(30, count - rule.free - 1));
}

function blocked(untilMs: number, now: number): Blocked | null {
  return untilMs > now ? { retryAfterSeconds: Math.max(1, Math.ceil((untilMs - now) / 1000)) } : null;
}

/** Whether the key is blocked now (checked before the attempt, which then costs nothing). */
export async function checkRate(db: Db, rule: RateRule, subject: string, now = Date.now()): Promise<Blocked | null> {
  const rows = await db.$queryRaw<{ blockedUntilMs: number }[]>(sql`SELECT "blockedUntilMs" FROM "RateLimit" WHERE "key" = ${keyOf(rule, subject)}`);
  return blocked(Number(rows[0]?.blockedUntilMs ?? 0), now);
}

/** Counts one hit; returns the block it caused, if any. */
export async function hitRate(db: Db, rule: RateRule, subject: string, now = Date.now()): Promise<Blocked | null> {
  const key = keyOf(rule, subject);
  const windowOver = now - rule.windowMs;
  const [row] = await db.$queryRaw<{ count: number | bigint; windowStartMs: number }[]>(sql`
    INSERT INTO "RateLimit" ("key", "count", "windowStartMs", "blockedUntilMs") VALUES (${key}, 1, ${now}, 0)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStartMs" <= ${windowOver} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStartMs" = CASE WHEN "RateLimit"."windowStartMs" <= ${windowOver} THEN ${now} ELSE "RateLimit"."windowStartMs" END
    RETURNING "count", "windowStartMs"`);
  const count = Number(row?.count ?? 1);
  const ms = blockMs(rule, count, Number(row?.windowStartMs ?? now), now);
  if (ms <= 0) return null;
  const until = now + ms;
  await db.$executeRaw(sql`UPDATE "RateLimit" SET "blockedUntilMs" = ${until} WHERE "key" = ${key} AND "blockedUntilMs" < ${until}`);
  return blocked(until, now);
}

/** Forgets a key's failures (a successful sign-in to the account). */
export async function clearRate(db: Db, rule: RateRule, subject: string): Promise<void> {
  await db.$executeRaw(sql`DELETE FROM "RateLimit" WHERE "key" = ${keyOf(rule, subject)}`);
}

/** Drops counters whose window and block have both ended, so the table stays as small as the traffic of the last window. */
export async function pruneRates(db: Db, now = Date.now()): Promise<void> {
  const longest = Math.max(...Object.values(RULES).map((r) => r.windowMs));
  await db.$executeRaw(sql`DELETE FROM "RateLimit" WHERE "windowStartMs" < ${now - longest} AND "blockedUntilMs" < ${now}`);
}
