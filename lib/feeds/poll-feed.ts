import type { Db } from "../db/client";
import { FetchError } from "../web/fetch-error";
import { fetchPublic } from "../web/fetch-public";
import { FEED_LEASE_MS, nextPollAt } from "./feed-schedule";
import type { HostGate } from "./host-gate";
import { readFeed, type FeedEntry } from "./read-feed";

export const FEED_TYPES = ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/xml", "text/xml", "application/rdf+xml", "text/plain"] as const;

/** An item's own content counts as the whole article when it is this long and not cut short. */
const FULL_TEXT_CHARS = 500;
const CUT_SHORT = /(…|\.\.\.|\[…\]|read more|continue reading)\s*$/i;

export function carriesWholeText(content: string | undefined): content is string {
  return !!content && content.length >= FULL_TEXT_CHARS && !CUT_SHORT.test(content);
}

export interface PollOutcome {
  feedId: number;
  url: string;
  newItems: number;
  notModified: boolean;
  error?: string;
}

/**
 * Takes a feed for this worker if nobody else holds it: one UPDATE with the condition in its
 * WHERE, so of two workers racing for it exactly one gets count 1 (on SQLite and PostgreSQL).
 */
export async function claimFeed(db: Db, feedId: number, worker: string, now = new Date()): Promise<boolean> {
  const { count } = await db.feed.updateMany({
    where: { id: feedId, status: "active", OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { leaseOwner: worker, leaseUntil: new Date(now.getTime() + FEED_LEASE_MS) },
  });
  return count === 1;
}

/** New entries become pending items; an entry seen before (same feed, same guid) is skipped. */
async function enqueueEntries(db: Db, feedId: number, entries: FeedEntry[]): Promise<number> {
  const known = new Set(
    (await db.feedItem.findMany({ where: { feedId, guid: { in: entries.map((e) => e.guid) } }, select: { guid: true } })).map((i) => i.guid),
  );
  let added = 0;
  for (const e of entries) {
    if (known.has(e.guid)) continue;
    known.add(e.guid);
    try {
      await db.feedItem.create({
        data: { feedId, guid: e.guid, link: e.link ?? null, title: e.title?.slice(0, 300) ?? null, publishedAt: e.publishedAt ?? null, content: carriesWholeText(e.content) || !e.link ? (e.content ?? null) : null },
      });
      added += 1;
    } catch (err) {
      if ((err as { code?: string }).code !== "P2002") throw err; // another worker enqueued it first
    }
  }
  return added;
}

/**
 * One poll of a feed this worker holds: a conditional GET (ETag, Last-Modified), its new entries
 * queued as items, and the outcome recorded on the feed. A failure (HTTP error, time-out,
 * garbage) is recorded with its message and backs the feed off; it never throws.
 */
export async function pollFeed(db: Db, feedId: number, gate: HostGate, intervalMinutes: number): Promise<PollOutcome> {
  const feed = await db.feed.findUniqueOrThrow({ where: { id: feedId } });
  const conditional: Record<string, string> = {};
  if (feed.etag) conditional["If-None-Match"] = feed.etag;
  if (feed.lastModified) conditional["If-Modified-Since"] = feed.lastModified;
  const release = { leaseOwner: null, leaseUntil: null };
  try {
    const page = await gate.run(feed.url, () => fetchPublic(feed.url, { accept: FEED_TYPES, headers: conditional }));
    const now = new Date();
    if (page.notModified) {
      await db.feed.update({ where: { id: feedId }, data: { ...release, lastPolledAt: now, lastStatus: "304 not modified", lastError: null, failures: 0, nextPollAt: nextPollAt(now, intervalMinutes) } });
      return { feedId, url: feed.url, newItems: 0, notModified: true };
    }
    const parsed = readFeed(page.body, feed.url);
    const newItems = await enqueueEntries(db, feedId, parsed.entries);
    await db.feed.update({
      where: { id: feedId },
      data: {
        ...release,
        etag: page.etag ?? null,
        lastModified: page.lastModified ?? null,
        lastPolledAt: now,
        lastStatus: `${page.status}: ${parsed.entries.length} entries, ${newItems} new`,
        lastError: null,
        failures: 0,
        nextPollAt: nextPollAt(now, intervalMinutes),
      },
    });
    return { feedId, url: feed.url, newItems, notModified: false };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const now = new Date();
    await db.feed.update({
      where: { id: feedId },
      data: {
        ...release,
        lastPolledAt: now,
        lastStatus: err instanceof FetchError && err.status ? `HTTP ${err.status}` : "error",
        lastError: message.slice(0, 1000),
        failures: { increment: 1 },
        nextPollAt: nextPollAt(now, intervalMinutes, feed.failures + 1),
      },
    });
    return { feedId, url: feed.url, newItems: 0, notModified: false, error: message };
  }
}
