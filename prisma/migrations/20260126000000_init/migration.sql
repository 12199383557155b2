-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "publishedAt" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Place" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "region" TEXT,
    "lat" REAL,
    "lon" REAL
);

-- CreateTable
CREATE TABLE "Fact" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "placeId" INTEGER,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "confidence" REAL NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "injured" INTEGER,
    "killed" INTEGER,
    "serious" INTEGER,
    "attacker" TEXT,
    "count" INTEGER,
    "launched" INTEGER,
    "outcome" TEXT,
    "claimant" TEXT,
    "amount" REAL,
    "currency" TEXT,
    "amountEur" REAL,
    "rateUsed" REAL,
    "rateDate" TEXT,
    "donor" TEXT,
    "recipient" TEXT,
    "category" TEXT,
    "lengthM" REAL,
    "widthM" REAL,
    "heightM" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Fact_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Fact_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FactParty" (
    "factId" INTEGER NOT NULL,
    "country" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("factId", "country", "role"),
    CONSTRAINT "FactParty_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_contentHash_key" ON "Source"("contentHash");

-- CreateIndex
CREATE INDEX "Source_publishedAt_idx" ON "Source"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Place_name_country_key" ON "Place"("name", "country");

-- CreateIndex
CREATE INDEX "Fact_status_kind_date_idx" ON "Fact"("status", "kind", "date");

-- CreateIndex
CREATE INDEX "Fact_sourceId_idx" ON "Fact"("sourceId");

-- CreateIndex
CREATE INDEX "Fact_placeId_idx" ON "Fact"("placeId");

-- CreateIndex
CREATE INDEX "FactParty_country_role_factId_idx" ON "FactParty"("country", "role", "factId");
