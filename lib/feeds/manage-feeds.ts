import type { Db } from "../db/client";
import { ApiError, notFound } from "../http/api-error";
import type { NewFeedInput } from "./feed-input";

/** What `feeds -- list` and /feeds show about a feed. */
export interface FeedSummary {
  id: number;
  name: string;
  url: string;
  status: string;
  lastPolledAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
  failures: number;
  nextPollAt: string;
  itemsTaken: number;
  itemsWaiting: number;
  itemsFailed: number;
}

/** Adds a feed (polled at the next pass). A feed already followed is an error naming it. */
export async function addFeed(db: Db, input: NewFeedInput): Promise<FeedSummary> {
  const existing = await db.feed.findUnique({ where: { url: input.url }, select: { id: true, name: true } });
  if (existing) throw new ApiError(409, "already_following", `${input.url} is already followed as "${existing.name}"`, "url");
  const feed = await db.feed.create({ data: { url: input.url, name: input.name ?? new URL(input.url).host } });
  return (await listFeeds(db, feed.id))[0]!;
}

/** Every feed (or one), with its item counts counted in the database. */
export async function listFeeds(db: Db, id?: number): Promise<FeedSummary[]> {
  const feeds = await db.feed.findMany({ where: id ? { id } : {}, orderBy: { id: "asc" } });
  const counts = await db.feedItem.groupBy({ by: ["feedId", "state"], where: id ? { feedId: id } : {}, _count: { _all: true } });
  const count = (feedId: number, states: string[]) => counts.filter((c) => c.feedId === feedId && states.includes(c.state)).reduce((n, c) => n + c._count._all, 0);
  return feeds.map((f) => ({
    id: f.id,
    name: f.name,
    url: f.url,
    status: f.status,
    lastPolledAt: f.lastPolledAt?.toISOString() ?? null,
    lastStatus: f.lastStatus,
    lastError: f.lastError,
    failures: f.failures,
    nextPollAt: f.nextPollAt.toISOString(),
    itemsTaken: f.itemsTaken,
    itemsWaiting: count(f.id, ["pending", "working", "retry"]),
    itemsFailed: count(f.id, ["failed"]),
  }));
}

async function feedIdOf(db: Db, urlOrId: string | number): Promise<number> {
  const feed = await db.feed.findFirst({ where: typeof urlOrId === "number" ? { id: urlOrId } : { url: urlOrId }, select: { id: true } });
  if (!feed) throw notFound(`no feed ${typeof urlOrId === "number" ? urlOrId : `"${urlOrId}"`} is followed (see the list of feeds)`);
  return feed.id;
}

/** Pauses or resumes a feed (by URL or id). Resuming polls it at the next pass. */
export async function setFeedStatus(db: Db, urlOrId: string | number, status: "active" | "paused"): Promise<FeedSummary> {
  const id = await feedIdOf(db, urlOrId);
  await db.feed.update({ where: { id }, data: status === "active" ? { status, nextPollAt: new Date(), failures: 0 } : { status } });
  return (await listFeeds(db, id))[0]!;
}

/** Stops following a feed: its items go, the dispatches it brought stay (no longer naming it). */
export async function removeFeed(db: Db, urlOrId: string | number): Promise<void> {
  const id = await feedIdOf(db, urlOrId);
  await db.feed.delete({ where: { id } });
}
