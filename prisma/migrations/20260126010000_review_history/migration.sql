-- CreateTable
CREATE TABLE "FactRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "factId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT,
    "editor" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FactRevision_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FactEvidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "factId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FactEvidence_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FactEvidence_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FactRevision_factId_createdAt_idx" ON "FactRevision"("factId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FactEvidence_factId_sourceId_key" ON "FactEvidence"("factId", "sourceId");

-- CreateIndex
CREATE INDEX "FactEvidence_sourceId_idx" ON "FactEvidence"("sourceId");
