-- Feeds a worker polls (RSS, Atom, JSON Feed), and the items it found in them. A FeedItem row is
-- also the job of reading its article: workers claim it with a lease (leaseOwner, leaseUntil),
-- so several workers on PostgreSQL share the items without taking one twice.
CREATE TABLE "Feed" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "etag" TEXT,
    "lastModified" TEXT,
    "lastPolledAt" DATETIME,
    "lastStatus" TEXT,
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "nextPollAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "itemsTaken" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE UNIQUE INDEX "Feed_url_key" ON "Feed"("url");
CREATE INDEX "Feed_status_nextPollAt_idx" ON "Feed"("status", "nextPollAt");

CREATE TABLE "FeedItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "feedId" INTEGER NOT NULL,
    "guid" TEXT NOT NULL,
    "link" TEXT,
    "title" TEXT,
    "publishedAt" TEXT,
    "content" TEXT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "sourceId" INTEGER,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FeedItem_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "Feed" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE UNIQUE INDEX "FeedItem_feedId_guid_key" ON "FeedItem"("feedId", "guid");
CREATE INDEX "FeedItem_state_id_idx" ON "FeedItem"("state", "id");

-- A dispatch names the feed it came from; removing a feed keeps its dispatches.
ALTER TABLE "Source" ADD COLUMN "feedId" INTEGER REFERENCES "Feed" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Source_feedId_idx" ON "Source"("feedId");
-- The same article by URL (or canonical URL) is stored once: looked up by this index.
CREATE INDEX "Source_url_idx" ON "Source"("url");
