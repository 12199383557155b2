import { ZodError } from "zod";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import type { RateTable } from "../extract/rates";
import { dispatchInput } from "../ingest/dispatch-input";
import { storeDispatch, type StoredDispatch } from "../ingest/store-dispatch";
import { findSourceByUrl, MissingDateError, storeUrl } from "../ingest/store-url";
import { FetchError } from "../web/fetch-error";
import { ITEM_LEASE_MS, MAX_ITEM_ATTEMPTS, retryItemAt } from "./feed-schedule";
import type { HostGate } from "./host-gate";

const takeable = (now: Date): Prisma.FeedItemWhereInput => ({
  OR: [
    { state: "pending" },
    { state: "retry", leaseUntil: { lt: now } },
    // A worker that died holding an item: its lease runs out and another takes the item.
    { state: "working", leaseUntil: { lt: now } },
  ],
});

/**
 * Claims the oldest takeable item for this worker, or null when none is left. Each claim is one
 * conditional UPDATE, so two workers never hold the same item (PostgreSQL re-checks the WHERE
 * after waiting for the other's row lock; SQLite runs one writer at a time).
 */
export async function claimNextItem(db: Db, worker: string): Promise<number | null> {
  for (;;) {
    const now = new Date();
    const candidates = await db.feedItem.findMany({ where: { ...takeable(now), feed: { status: "active" } }, select: { id: true }, orderBy: { id: "asc" }, take: 16 });
    if (candidates.length === 0) return null;
    for (const { id } of candidates) {
      const { count } = await db.feedItem.updateMany({
        where: { id, ...takeable(now) },
        data: { state: "working", leaseOwner: worker, leaseUntil: new Date(now.getTime() + ITEM_LEASE_MS), attempts: { increment: 1 } },
      });
      if (count === 1) return id;
    }
    // Every candidate was taken by someone else meanwhile: look again.
  }
}

class LeaseLostError extends Error {}

export interface ItemOutcome {
  itemId: number;
  feedId: number;
  sourceId?: number;
  created: boolean;
  proposed: number;
  error?: string;
}

/**
 * Reads one claimed item into a dispatch naming its feed: its own content when it carries the
 * whole text, else its link fetched and read. The dispatch, its proposed facts and the item
 * marked done commit in one transaction, and only while this worker still holds the item.
 */
export async function takeItem(db: Db, itemId: number, worker: string, gate: HostGate, rates?: RateTable): Promise<ItemOutcome> {
  const item = await db.feedItem.findUniqueOrThrow({ where: { id: itemId } });
  const mine = { id: itemId, state: "working", leaseOwner: worker };
  const markDone = async (tx: Prisma.TransactionClient, sourceId: number) => {
    const { count } = await tx.feedItem.updateMany({ where: mine, data: { state: "done", sourceId, error: null, leaseUntil: null } });
    if (count !== 1) throw new LeaseLostError(`item ${itemId}: lease lost to another worker`);
    await tx.feed.update({ where: { id: item.feedId }, data: { itemsTaken: { increment: 1 } } });
  };
  const outcome: ItemOutcome = { itemId, feedId: item.feedId, created: false, proposed: 0 };
  try {
    let stored: StoredDispatch;
    const sameUrl = item.link ? await findSourceByUrl(db, [item.link]) : null;
    if (sameUrl !== null) stored = { sourceId: sameUrl, created: false, proposed: [], corroborated: [] };
    else if (item.content) {
      const input = dispatchInput.parse({ text: item.content, title: item.title ?? undefined, url: item.link ?? undefined, publishedAt: item.publishedAt ?? new Date().toISOString().slice(0, 10) });
      stored = await storeDispatch(db, input, rates, { feedId: item.feedId, inTransaction: markDone });
    } else {
      stored = await storeUrl(db, item.link!, { published: item.publishedAt ?? undefined, feedId: item.feedId, rates, gate, inTransaction: markDone });
    }
    if (!stored.created) {
      // Stored before (same URL, canonical URL or text): the item points at that dispatch.
      const { count } = await db.feedItem.updateMany({ where: mine, data: { state: "done", sourceId: stored.sourceId, error: null, leaseUntil: null } });
      if (count !== 1) throw new LeaseLostError(`item ${itemId}: lease lost to another worker`);
    }
    return { ...outcome, sourceId: stored.sourceId, created: stored.created, proposed: stored.proposed.length };
  } catch (err) {
    if (err instanceof LeaseLostError) return { ...outcome, error: err.message };
    const message = err instanceof Error ? err.message : String(err);
    // A page that is gone or unreadable will not get better; a server error, time-out or a
    // database hiccup may, so those are tried again later (MAX_ITEM_ATTEMPTS in all).
    const transient = err instanceof FetchError ? !err.badInput && (err.status === undefined || err.status >= 500) : !(err instanceof MissingDateError || err instanceof ZodError);
    const permanent = !transient || item.attempts >= MAX_ITEM_ATTEMPTS;
    await db.feedItem.updateMany({
      where: mine,
      data: permanent ? { state: "failed", error: message.slice(0, 1000), leaseUntil: null } : { state: "retry", error: message.slice(0, 1000), leaseUntil: retryItemAt(new Date(), item.attempts) },
    });
    return { ...outcome, error: message };
  }
}
