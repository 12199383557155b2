import type { Db } from "../db/client";
import { extractFacts } from "../extract/extract-facts";
import type { RateTable } from "../extract/rates";
import type { HostGate } from "./host-gate";
import { claimFeed, pollFeed, type PollOutcome } from "./poll-feed";
import { claimNextItem, takeItem, type ItemOutcome } from "./take-item";

export interface PassOptions {
  worker: string;
  gate: HostGate;
  intervalMinutes: number;
  /** Poll every active feed now (`feeds -- poll`), not only those due (`watch`). */
  everyFeed?: boolean;
  /** Items read at once by this worker (different hosts in parallel; one host is still one at a time). */
  concurrency?: number;
  rates?: RateTable;
  /** Checked between items: a stopping worker finishes what it holds and takes nothing new. */
  stopping?: () => boolean;
  onFeed?: (outcome: PollOutcome) => void;
  onItem?: (outcome: ItemOutcome) => void;
}

export interface PassSummary {
  feedsPolled: number;
  feedsFailed: number;
  newItems: number;
  itemsStored: number;
  itemsAlreadyStored: number;
  itemsFailed: number;
  factsProposed: number;
}

/** Polls the feeds this worker can claim, then reads queued items until none is left. */
export async function runPass(db: Db, options: PassOptions): Promise<PassSummary> {
  const summary: PassSummary = { feedsPolled: 0, feedsFailed: 0, newItems: 0, itemsStored: 0, itemsAlreadyStored: 0, itemsFailed: 0, factsProposed: 0 };
  const stopping = options.stopping ?? (() => false);
  const now = new Date();
  const feeds = await db.feed.findMany({
    where: { status: "active", ...(options.everyFeed ? {} : { nextPollAt: { lte: now } }) },
    select: { id: true },
    orderBy: { nextPollAt: "asc" },
  });
  // Feeds on different hosts are polled side by side; the gate keeps one host to one request.
  await Promise.all(
    feeds.map(async ({ id }) => {
      if (stopping() || !(await claimFeed(db, id, options.worker))) return;
      const outcome = await pollFeed(db, id, options.gate, options.intervalMinutes);
      summary.feedsPolled += 1;
      if (outcome.error) summary.feedsFailed += 1;
      summary.newItems += outcome.newItems;
      options.onFeed?.(outcome);
    }),
  );
  // The extractor loads its language model and gazetteer on first use: seconds of blocked event
  // loop. Done here, before any page is in flight, so it cannot run out a concurrent fetch's time-out.
  extractFacts("Two people were injured in Kharkiv on Monday.", "2026-01-05");
  const lane = async () => {
    while (!stopping()) {
      const itemId = await claimNextItem(db, options.worker);
      if (itemId === null) return;
      const outcome = await takeItem(db, itemId, options.worker, options.gate, options.rates);
      if (outcome.error) summary.itemsFailed += 1;
      else if (outcome.created) summary.itemsStored += 1;
      else summary.itemsAlreadyStored += 1;
      summary.factsProposed += outcome.proposed;
      options.onItem?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, lane));
  return summary;
}
