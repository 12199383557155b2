import { setTimeout as sleep } from "node:timers/promises";
import { providerOf, type Db } from "./client";
import type { Prisma } from "./generated/sqlite/client";

export type WriteTx = Prisma.TransactionClient;

/** How long a write waits for another writer (another process, a held lock) before giving up. */
export const WRITE_WAIT_MS = 15_000;

/** The database stayed locked for WRITE_WAIT_MS: answered 503 with Retry-After, nothing written. */
export class DatabaseBusyError extends Error {
  constructor(readonly waitedMs: number) {
    super(`the database stayed locked by another writer for ${Math.round(waitedMs / 1000)} s`);
    this.name = "DatabaseBusyError";
  }
}

// A write that changes nothing, so the transaction takes SQLite's write lock before it reads
// anything: a transaction that reads first holds a snapshot, and when another process commits
// meanwhile SQLite refuses its upgrade to a writer at once (SQLITE_BUSY) instead of waiting.
// This is BEGIN IMMEDIATE, said through Prisma (whose adapter always sends a plain BEGIN).
const TAKE_WRITE_LOCK = `UPDATE "Source" SET "id" = "id" WHERE 0`;

/** SQLITE_BUSY/LOCKED as Prisma surfaces them (P1008 "operation timed out", or the driver's text). */
export function isDatabaseBusy(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  const text = `${err.message} ${String((err as { cause?: unknown }).cause ?? "")}`;
  return code === "P1008" || code === "SQLITE_BUSY" || /SQLITE_BUSY|SQLITE_LOCKED|database is locked|Socket ?timeout/i.test(text);
}

/**
 * Runs `work` in one transaction that takes the write lock up front, retrying with growing,
 * jittered back-off while another writer holds it. The event loop is never blocked while
 * waiting (the connection's own busy timeout is a few milliseconds; see lib/db/client.ts).
 * All of `work` is retried, so it must only touch the database through `tx`.
 */
export async function writeTransaction<T>(db: Db, work: (tx: WriteTx) => Promise<T>, waitMs = WRITE_WAIT_MS): Promise<T> {
  const sqlite = providerOf(db) === "sqlite";
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        if (sqlite) await tx.$executeRawUnsafe(TAKE_WRITE_LOCK);
        return work(tx);
      }, { maxWait: waitMs, timeout: 60_000 });
    } catch (err) {
      if (!isDatabaseBusy(err)) throw err;
      const waited = Date.now() - started;
      if (waited >= waitMs) throw new DatabaseBusyError(waited);
      const backoff = Math.min(1000, 10 * 2 ** attempt) * (0.5 + Math.random() / 2);
      await sleep(Math.min(backoff, waitMs - waited));
    }
  }
}
