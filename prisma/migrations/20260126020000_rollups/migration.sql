-- Rollup tables: facts pre-aggregated for charts, kept in step with every write by the triggers below.
-- Generated from lib/db/rollups/definitions.ts by lib/db/rollups/rollup-sql.ts. Like every migration it
-- is never edited once applied: change the rollups with a new migration.

-- Cursor pagination (ORDER BY date, id) under a status filter, and under any filter.
CREATE INDEX "Fact_status_date_id_idx" ON "Fact"("status", "date", "id");
CREATE INDEX "Fact_date_id_idx" ON "Fact"("date", "id");
-- "Last updated" (MAX(updatedAt)) without reading every fact.
CREATE INDEX "Fact_updatedAt_idx" ON "Fact"("updatedAt");

-- The roles each fact plays in each party country, as the party rollup counted it.
CREATE TABLE "FactRollupPartyRoles" (
    "factId" INTEGER NOT NULL,
    "country" TEXT NOT NULL,
    "roles" INTEGER NOT NULL,
    PRIMARY KEY ("factId", "country")
);

INSERT INTO "FactRollupPartyRoles" ("factId", "country", "roles")
SELECT r."factId" AS "factId", r."country" AS "country", SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) AS "roles" FROM "FactParty" r GROUP BY r."factId", r."country";

CREATE TABLE "FactRollupDay" (
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "facts" INTEGER NOT NULL,
    "minId" INTEGER,
    "injured" INTEGER NOT NULL DEFAULT 0,
    "injuredN" INTEGER NOT NULL DEFAULT 0,
    "killed" INTEGER NOT NULL DEFAULT 0,
    "killedN" INTEGER NOT NULL DEFAULT 0,
    "serious" INTEGER NOT NULL DEFAULT 0,
    "seriousN" INTEGER NOT NULL DEFAULT 0,
    "drones" INTEGER NOT NULL DEFAULT 0,
    "dronesN" INTEGER NOT NULL DEFAULT 0,
    "dronesShotDown" INTEGER NOT NULL DEFAULT 0,
    "dronesShotDownN" INTEGER NOT NULL DEFAULT 0,
    "dronesLaunched" INTEGER NOT NULL DEFAULT 0,
    "dronesLaunchedN" INTEGER NOT NULL DEFAULT 0,
    "dronesHit" INTEGER NOT NULL DEFAULT 0,
    "dronesHitN" INTEGER NOT NULL DEFAULT 0,
    "aidEur" REAL NOT NULL DEFAULT 0,
    "aidEurN" INTEGER NOT NULL DEFAULT 0,
    "aidAmount" REAL NOT NULL DEFAULT 0,
    "aidAmountN" INTEGER NOT NULL DEFAULT 0,
    "aidUnconverted" INTEGER NOT NULL DEFAULT 0,
    "aidUnconvertedN" INTEGER NOT NULL DEFAULT 0,
    "shelters" INTEGER NOT NULL DEFAULT 0,
    "sheltersN" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("day", "kind", "status")
);

INSERT INTO "FactRollupDay" ("day", "kind", "status", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
SELECT f."date" AS "day", f."kind" AS "kind", f."status" AS "status", COUNT(*) AS "facts", MIN(f."id") AS "minId", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."injured" END, 0)) AS "injured", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END) AS "injuredN", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."killed" END, 0)) AS "killed", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END) AS "killedN", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."serious" END, 0)) AS "serious", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END) AS "seriousN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN f."count" END, 0)) AS "drones", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END, 0)) AS "dronesShotDown", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesShotDownN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END, 0)) AS "dronesLaunched", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesLaunchedN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END, 0)) AS "dronesHit", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesHitN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amountEur" END, 0)) AS "aidEur", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END) AS "aidEurN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amount" END, 0)) AS "aidAmount", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END) AS "aidAmountN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END, 0)) AS "aidUnconverted", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END) AS "aidUnconvertedN", SUM(COALESCE(CASE WHEN f."kind" = 'shelter' THEN f."count" END, 0)) AS "shelters", SUM(CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END) AS "sheltersN"
FROM "Fact" f
GROUP BY f."date", f."kind", f."status";

CREATE TABLE "FactRollupDimDay" (
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "attacker" TEXT NOT NULL,
    "claimant" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "donor" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "facts" INTEGER NOT NULL,
    "minId" INTEGER,
    "injured" INTEGER NOT NULL DEFAULT 0,
    "injuredN" INTEGER NOT NULL DEFAULT 0,
    "killed" INTEGER NOT NULL DEFAULT 0,
    "killedN" INTEGER NOT NULL DEFAULT 0,
    "serious" INTEGER NOT NULL DEFAULT 0,
    "seriousN" INTEGER NOT NULL DEFAULT 0,
    "drones" INTEGER NOT NULL DEFAULT 0,
    "dronesN" INTEGER NOT NULL DEFAULT 0,
    "dronesShotDown" INTEGER NOT NULL DEFAULT 0,
    "dronesShotDownN" INTEGER NOT NULL DEFAULT 0,
    "dronesLaunched" INTEGER NOT NULL DEFAULT 0,
    "dronesLaunchedN" INTEGER NOT NULL DEFAULT 0,
    "dronesHit" INTEGER NOT NULL DEFAULT 0,
    "dronesHitN" INTEGER NOT NULL DEFAULT 0,
    "aidEur" REAL NOT NULL DEFAULT 0,
    "aidEurN" INTEGER NOT NULL DEFAULT 0,
    "aidAmount" REAL NOT NULL DEFAULT 0,
    "aidAmountN" INTEGER NOT NULL DEFAULT 0,
    "aidUnconverted" INTEGER NOT NULL DEFAULT 0,
    "aidUnconvertedN" INTEGER NOT NULL DEFAULT 0,
    "shelters" INTEGER NOT NULL DEFAULT 0,
    "sheltersN" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("day", "kind", "status", "country", "attacker", "claimant", "outcome", "donor", "recipient", "category", "currency")
);

INSERT INTO "FactRollupDimDay" ("day", "kind", "status", "country", "attacker", "claimant", "outcome", "donor", "recipient", "category", "currency", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
SELECT f."date" AS "day", f."kind" AS "kind", f."status" AS "status", f."country" AS "country", COALESCE(f."attacker", '') AS "attacker", COALESCE(f."claimant", '') AS "claimant", COALESCE(f."outcome", '') AS "outcome", COALESCE(f."donor", '') AS "donor", COALESCE(f."recipient", '') AS "recipient", COALESCE(f."category", '') AS "category", COALESCE(f."currency", '') AS "currency", COUNT(*) AS "facts", MIN(f."id") AS "minId", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."injured" END, 0)) AS "injured", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END) AS "injuredN", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."killed" END, 0)) AS "killed", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END) AS "killedN", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."serious" END, 0)) AS "serious", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END) AS "seriousN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN f."count" END, 0)) AS "drones", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END, 0)) AS "dronesShotDown", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesShotDownN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END, 0)) AS "dronesLaunched", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesLaunchedN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END, 0)) AS "dronesHit", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesHitN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amountEur" END, 0)) AS "aidEur", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END) AS "aidEurN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amount" END, 0)) AS "aidAmount", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END) AS "aidAmountN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END, 0)) AS "aidUnconverted", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END) AS "aidUnconvertedN", SUM(COALESCE(CASE WHEN f."kind" = 'shelter' THEN f."count" END, 0)) AS "shelters", SUM(CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END) AS "sheltersN"
FROM "Fact" f
GROUP BY f."date", f."kind", f."status", f."country", COALESCE(f."attacker", ''), COALESCE(f."claimant", ''), COALESCE(f."outcome", ''), COALESCE(f."donor", ''), COALESCE(f."recipient", ''), COALESCE(f."category", ''), COALESCE(f."currency", '');

CREATE TABLE "FactRollupDimMonth" (
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "attacker" TEXT NOT NULL,
    "claimant" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "donor" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "facts" INTEGER NOT NULL,
    "minId" INTEGER,
    "injured" INTEGER NOT NULL DEFAULT 0,
    "injuredN" INTEGER NOT NULL DEFAULT 0,
    "killed" INTEGER NOT NULL DEFAULT 0,
    "killedN" INTEGER NOT NULL DEFAULT 0,
    "serious" INTEGER NOT NULL DEFAULT 0,
    "seriousN" INTEGER NOT NULL DEFAULT 0,
    "drones" INTEGER NOT NULL DEFAULT 0,
    "dronesN" INTEGER NOT NULL DEFAULT 0,
    "dronesShotDown" INTEGER NOT NULL DEFAULT 0,
    "dronesShotDownN" INTEGER NOT NULL DEFAULT 0,
    "dronesLaunched" INTEGER NOT NULL DEFAULT 0,
    "dronesLaunchedN" INTEGER NOT NULL DEFAULT 0,
    "dronesHit" INTEGER NOT NULL DEFAULT 0,
    "dronesHitN" INTEGER NOT NULL DEFAULT 0,
    "aidEur" REAL NOT NULL DEFAULT 0,
    "aidEurN" INTEGER NOT NULL DEFAULT 0,
    "aidAmount" REAL NOT NULL DEFAULT 0,
    "aidAmountN" INTEGER NOT NULL DEFAULT 0,
    "aidUnconverted" INTEGER NOT NULL DEFAULT 0,
    "aidUnconvertedN" INTEGER NOT NULL DEFAULT 0,
    "shelters" INTEGER NOT NULL DEFAULT 0,
    "sheltersN" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("day", "kind", "status", "country", "attacker", "claimant", "outcome", "donor", "recipient", "category", "currency")
);

INSERT INTO "FactRollupDimMonth" ("day", "kind", "status", "country", "attacker", "claimant", "outcome", "donor", "recipient", "category", "currency", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
SELECT substr(f."date", 1, 7) || '-01' AS "day", f."kind" AS "kind", f."status" AS "status", f."country" AS "country", COALESCE(f."attacker", '') AS "attacker", COALESCE(f."claimant", '') AS "claimant", COALESCE(f."outcome", '') AS "outcome", COALESCE(f."donor", '') AS "donor", COALESCE(f."recipient", '') AS "recipient", COALESCE(f."category", '') AS "category", COALESCE(f."currency", '') AS "currency", COUNT(*) AS "facts", MIN(f."id") AS "minId", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."injured" END, 0)) AS "injured", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END) AS "injuredN", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."killed" END, 0)) AS "killed", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END) AS "killedN", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."serious" END, 0)) AS "serious", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END) AS "seriousN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN f."count" END, 0)) AS "drones", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END, 0)) AS "dronesShotDown", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesShotDownN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END, 0)) AS "dronesLaunched", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesLaunchedN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END, 0)) AS "dronesHit", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesHitN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amountEur" END, 0)) AS "aidEur", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END) AS "aidEurN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amount" END, 0)) AS "aidAmount", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END) AS "aidAmountN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END, 0)) AS "aidUnconverted", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END) AS "aidUnconvertedN", SUM(COALESCE(CASE WHEN f."kind" = 'shelter' THEN f."count" END, 0)) AS "shelters", SUM(CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END) AS "sheltersN"
FROM "Fact" f
GROUP BY substr(f."date", 1, 7) || '-01', f."kind", f."status", f."country", COALESCE(f."attacker", ''), COALESCE(f."claimant", ''), COALESCE(f."outcome", ''), COALESCE(f."donor", ''), COALESCE(f."recipient", ''), COALESCE(f."category", ''), COALESCE(f."currency", '');

CREATE TABLE "FactRollupPlace" (
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "placeId" INTEGER NOT NULL,
    "country" TEXT NOT NULL,
    "facts" INTEGER NOT NULL,
    "minId" INTEGER,
    "injured" INTEGER NOT NULL DEFAULT 0,
    "injuredN" INTEGER NOT NULL DEFAULT 0,
    "killed" INTEGER NOT NULL DEFAULT 0,
    "killedN" INTEGER NOT NULL DEFAULT 0,
    "serious" INTEGER NOT NULL DEFAULT 0,
    "seriousN" INTEGER NOT NULL DEFAULT 0,
    "drones" INTEGER NOT NULL DEFAULT 0,
    "dronesN" INTEGER NOT NULL DEFAULT 0,
    "dronesShotDown" INTEGER NOT NULL DEFAULT 0,
    "dronesShotDownN" INTEGER NOT NULL DEFAULT 0,
    "dronesLaunched" INTEGER NOT NULL DEFAULT 0,
    "dronesLaunchedN" INTEGER NOT NULL DEFAULT 0,
    "dronesHit" INTEGER NOT NULL DEFAULT 0,
    "dronesHitN" INTEGER NOT NULL DEFAULT 0,
    "aidEur" REAL NOT NULL DEFAULT 0,
    "aidEurN" INTEGER NOT NULL DEFAULT 0,
    "aidAmount" REAL NOT NULL DEFAULT 0,
    "aidAmountN" INTEGER NOT NULL DEFAULT 0,
    "aidUnconverted" INTEGER NOT NULL DEFAULT 0,
    "aidUnconvertedN" INTEGER NOT NULL DEFAULT 0,
    "shelters" INTEGER NOT NULL DEFAULT 0,
    "sheltersN" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("kind", "status", "placeId", "country")
);

INSERT INTO "FactRollupPlace" ("kind", "status", "placeId", "country", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
SELECT f."kind" AS "kind", f."status" AS "status", COALESCE(f."placeId", 0) AS "placeId", f."country" AS "country", COUNT(*) AS "facts", MIN(f."id") AS "minId", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."injured" END, 0)) AS "injured", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END) AS "injuredN", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."killed" END, 0)) AS "killed", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END) AS "killedN", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."serious" END, 0)) AS "serious", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END) AS "seriousN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN f."count" END, 0)) AS "drones", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END, 0)) AS "dronesShotDown", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesShotDownN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END, 0)) AS "dronesLaunched", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesLaunchedN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END, 0)) AS "dronesHit", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesHitN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amountEur" END, 0)) AS "aidEur", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END) AS "aidEurN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amount" END, 0)) AS "aidAmount", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END) AS "aidAmountN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END, 0)) AS "aidUnconverted", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END) AS "aidUnconvertedN", SUM(COALESCE(CASE WHEN f."kind" = 'shelter' THEN f."count" END, 0)) AS "shelters", SUM(CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END) AS "sheltersN"
FROM "Fact" f
GROUP BY f."kind", f."status", COALESCE(f."placeId", 0), f."country";

CREATE TABLE "FactRollupPartyDay" (
    "day" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "roles" INTEGER NOT NULL,
    "facts" INTEGER NOT NULL,
    "minId" INTEGER,
    "injured" INTEGER NOT NULL DEFAULT 0,
    "injuredN" INTEGER NOT NULL DEFAULT 0,
    "killed" INTEGER NOT NULL DEFAULT 0,
    "killedN" INTEGER NOT NULL DEFAULT 0,
    "serious" INTEGER NOT NULL DEFAULT 0,
    "seriousN" INTEGER NOT NULL DEFAULT 0,
    "drones" INTEGER NOT NULL DEFAULT 0,
    "dronesN" INTEGER NOT NULL DEFAULT 0,
    "dronesShotDown" INTEGER NOT NULL DEFAULT 0,
    "dronesShotDownN" INTEGER NOT NULL DEFAULT 0,
    "dronesLaunched" INTEGER NOT NULL DEFAULT 0,
    "dronesLaunchedN" INTEGER NOT NULL DEFAULT 0,
    "dronesHit" INTEGER NOT NULL DEFAULT 0,
    "dronesHitN" INTEGER NOT NULL DEFAULT 0,
    "aidEur" REAL NOT NULL DEFAULT 0,
    "aidEurN" INTEGER NOT NULL DEFAULT 0,
    "aidAmount" REAL NOT NULL DEFAULT 0,
    "aidAmountN" INTEGER NOT NULL DEFAULT 0,
    "aidUnconverted" INTEGER NOT NULL DEFAULT 0,
    "aidUnconvertedN" INTEGER NOT NULL DEFAULT 0,
    "shelters" INTEGER NOT NULL DEFAULT 0,
    "sheltersN" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("day", "kind", "status", "country", "roles")
);

CREATE INDEX "FactRollupPartyDay_country_status_kind_day_idx" ON "FactRollupPartyDay"("country", "status", "kind", "day");

INSERT INTO "FactRollupPartyDay" ("day", "kind", "status", "country", "roles", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
SELECT f."date" AS "day", f."kind" AS "kind", f."status" AS "status", pm."country" AS "country", pm."roles" AS "roles", COUNT(*) AS "facts", MIN(f."id") AS "minId", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."injured" END, 0)) AS "injured", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END) AS "injuredN", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."killed" END, 0)) AS "killed", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END) AS "killedN", SUM(COALESCE(CASE WHEN f."kind" = 'injury' THEN f."serious" END, 0)) AS "serious", SUM(CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END) AS "seriousN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN f."count" END, 0)) AS "drones", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END, 0)) AS "dronesShotDown", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesShotDownN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END, 0)) AS "dronesLaunched", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesLaunchedN", SUM(COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END, 0)) AS "dronesHit", SUM(CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END) AS "dronesHitN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amountEur" END, 0)) AS "aidEur", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END) AS "aidEurN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amount" END, 0)) AS "aidAmount", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END) AS "aidAmountN", SUM(COALESCE(CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END, 0)) AS "aidUnconverted", SUM(CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END) AS "aidUnconvertedN", SUM(COALESCE(CASE WHEN f."kind" = 'shelter' THEN f."count" END, 0)) AS "shelters", SUM(CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END) AS "sheltersN"
FROM (SELECT r."factId" AS "factId", r."country" AS "country", SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) AS "roles" FROM "FactParty" r GROUP BY r."factId", r."country") pm
JOIN "Fact" f ON f."id" = pm."factId"
GROUP BY f."date", f."kind", f."status", pm."country", pm."roles";

CREATE TRIGGER "Fact_rollup_insert" AFTER INSERT ON "Fact" FOR EACH ROW BEGIN
INSERT INTO "FactRollupDay" ("day", "kind", "status", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
VALUES (NEW."date", NEW."kind", NEW."status", 1, NEW."id", COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END)
ON CONFLICT ("day", "kind", "status") DO UPDATE SET
    "facts" = "FactRollupDay"."facts" + excluded."facts",
    "minId" = CASE WHEN "FactRollupDay"."minId" IS NULL OR excluded."minId" < "FactRollupDay"."minId" THEN excluded."minId" ELSE "FactRollupDay"."minId" END,
    "injured" = "FactRollupDay"."injured" + excluded."injured",
    "injuredN" = "FactRollupDay"."injuredN" + excluded."injuredN",
    "killed" = "FactRollupDay"."killed" + excluded."killed",
    "killedN" = "FactRollupDay"."killedN" + excluded."killedN",
    "serious" = "FactRollupDay"."serious" + excluded."serious",
    "seriousN" = "FactRollupDay"."seriousN" + excluded."seriousN",
    "drones" = "FactRollupDay"."drones" + excluded."drones",
    "dronesN" = "FactRollupDay"."dronesN" + excluded."dronesN",
    "dronesShotDown" = "FactRollupDay"."dronesShotDown" + excluded."dronesShotDown",
    "dronesShotDownN" = "FactRollupDay"."dronesShotDownN" + excluded."dronesShotDownN",
    "dronesLaunched" = "FactRollupDay"."dronesLaunched" + excluded."dronesLaunched",
    "dronesLaunchedN" = "FactRollupDay"."dronesLaunchedN" + excluded."dronesLaunchedN",
    "dronesHit" = "FactRollupDay"."dronesHit" + excluded."dronesHit",
    "dronesHitN" = "FactRollupDay"."dronesHitN" + excluded."dronesHitN",
    "aidEur" = "FactRollupDay"."aidEur" + excluded."aidEur",
    "aidEurN" = "FactRollupDay"."aidEurN" + excluded."aidEurN",
    "aidAmount" = "FactRollupDay"."aidAmount" + excluded."aidAmount",
    "aidAmountN" = "FactRollupDay"."aidAmountN" + excluded."aidAmountN",
    "aidUnconverted" = "FactRollupDay"."aidUnconverted" + excluded."aidUnconverted",
    "aidUnconvertedN" = "FactRollupDay"."aidUnconvertedN" + excluded."aidUnconvertedN",
    "shelters" = "FactRollupDay"."shelters" + excluded."shelters",
    "sheltersN" = "FactRollupDay"."sheltersN" + excluded."sheltersN";
INSERT INTO "FactRollupDimDay" ("day", "kind", "status", "country", "attacker", "claimant", "outcome", "donor", "recipient", "category", "currency", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
VALUES (NEW."date", NEW."kind", NEW."status", NEW."country", COALESCE(NEW."attacker", ''), COALESCE(NEW."claimant", ''), COALESCE(NEW."outcome", ''), COALESCE(NEW."donor", ''), COALESCE(NEW."recipient", ''), COALESCE(NEW."category", ''), COALESCE(NEW."currency", ''), 1, NEW."id", COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END)
ON CONFLICT ("day", "kind", "status", "country", "attacker", "claimant", "outcome", "donor", "recipient", "category", "currency") DO UPDATE SET
    "facts" = "FactRollupDimDay"."facts" + excluded."facts",
    "minId" = CASE WHEN "FactRollupDimDay"."minId" IS NULL OR excluded."minId" < "FactRollupDimDay"."minId" THEN excluded."minId" ELSE "FactRollupDimDay"."minId" END,
    "injured" = "FactRollupDimDay"."injured" + excluded."injured",
    "injuredN" = "FactRollupDimDay"."injuredN" + excluded."injuredN",
    "killed" = "FactRollupDimDay"."killed" + excluded."killed",
    "killedN" = "FactRollupDimDay"."killedN" + excluded."killedN",
    "serious" = "FactRollupDimDay"."serious" + excluded."serious",
    "seriousN" = "FactRollupDimDay"."seriousN" + excluded."seriousN",
    "drones" = "FactRollupDimDay"."drones" + excluded."drones",
    "dronesN" = "FactRollupDimDay"."dronesN" + excluded."dronesN",
    "dronesShotDown" = "FactRollupDimDay"."dronesShotDown" + excluded."dronesShotDown",
    "dronesShotDownN" = "FactRollupDimDay"."dronesShotDownN" + excluded."dronesShotDownN",
    "dronesLaunched" = "FactRollupDimDay"."dronesLaunched" + excluded."dronesLaunched",
    "dronesLaunchedN" = "FactRollupDimDay"."dronesLaunchedN" + excluded."dronesLaunchedN",
    "dronesHit" = "FactRollupDimDay"."dronesHit" + excluded."dronesHit",
    "dronesHitN" = "FactRollupDimDay"."dronesHitN" + excluded."dronesHitN",
    "aidEur" = "FactRollupDimDay"."aidEur" + excluded."aidEur",
    "aidEurN" = "FactRollupDimDay"."aidEurN" + excluded."aidEurN",
    "aidAmount" = "FactRollupDimDay"."aidAmount" + excluded."aidAmount",
    "aidAmountN" = "FactRollupDimDay"."aidAmountN" + excluded."aidAmountN",
    "aidUnconverted" = "FactRollupDimDay"."aidUnconverted" + excluded."aidUnconverted",
    "aidUnconvertedN" = "FactRollupDimDay"."aidUnconvertedN" + excluded."aidUnconvertedN",
    "shelters" = "FactRollupDimDay"."shelters" + excluded."shelters",
    "sheltersN" = "FactRollupDimDay"."sheltersN" + excluded."sheltersN";
INSERT INTO "FactRollupDimMonth" ("day", "kind", "status", "country", "attacker", "claimant", "outcome", "donor", "recipient", "category", "currency", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
VALUES (substr(NEW."date", 1, 7) || '-01', NEW."kind", NEW."status", NEW."country", COALESCE(NEW."attacker", ''), COALESCE(NEW."claimant", ''), COALESCE(NEW."outcome", ''), COALESCE(NEW."donor", ''), COALESCE(NEW."recipient", ''), COALESCE(NEW."category", ''), COALESCE(NEW."currency", ''), 1, NEW."id", COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END)
ON CONFLICT ("day", "kind", "status", "country", "attacker", "claimant", "outcome", "donor", "recipient", "category", "currency") DO UPDATE SET
    "facts" = "FactRollupDimMonth"."facts" + excluded."facts",
    "minId" = CASE WHEN "FactRollupDimMonth"."minId" IS NULL OR excluded."minId" < "FactRollupDimMonth"."minId" THEN excluded."minId" ELSE "FactRollupDimMonth"."minId" END,
    "injured" = "FactRollupDimMonth"."injured" + excluded."injured",
    "injuredN" = "FactRollupDimMonth"."injuredN" + excluded."injuredN",
    "killed" = "FactRollupDimMonth"."killed" + excluded."killed",
    "killedN" = "FactRollupDimMonth"."killedN" + excluded."killedN",
    "serious" = "FactRollupDimMonth"."serious" + excluded."serious",
    "seriousN" = "FactRollupDimMonth"."seriousN" + excluded."seriousN",
    "drones" = "FactRollupDimMonth"."drones" + excluded."drones",
    "dronesN" = "FactRollupDimMonth"."dronesN" + excluded."dronesN",
    "dronesShotDown" = "FactRollupDimMonth"."dronesShotDown" + excluded."dronesShotDown",
    "dronesShotDownN" = "FactRollupDimMonth"."dronesShotDownN" + excluded."dronesShotDownN",
    "dronesLaunched" = "FactRollupDimMonth"."dronesLaunched" + excluded."dronesLaunched",
    "dronesLaunchedN" = "FactRollupDimMonth"."dronesLaunchedN" + excluded."dronesLaunchedN",
    "dronesHit" = "FactRollupDimMonth"."dronesHit" + excluded."dronesHit",
    "dronesHitN" = "FactRollupDimMonth"."dronesHitN" + excluded."dronesHitN",
    "aidEur" = "FactRollupDimMonth"."aidEur" + excluded."aidEur",
    "aidEurN" = "FactRollupDimMonth"."aidEurN" + excluded."aidEurN",
    "aidAmount" = "FactRollupDimMonth"."aidAmount" + excluded."aidAmount",
    "aidAmountN" = "FactRollupDimMonth"."aidAmountN" + excluded."aidAmountN",
    "aidUnconverted" = "FactRollupDimMonth"."aidUnconverted" + excluded."aidUnconverted",
    "aidUnconvertedN" = "FactRollupDimMonth"."aidUnconvertedN" + excluded."aidUnconvertedN",
    "shelters" = "FactRollupDimMonth"."shelters" + excluded."shelters",
    "sheltersN" = "FactRollupDimMonth"."sheltersN" + excluded."sheltersN";
INSERT INTO "FactRollupPlace" ("kind", "status", "placeId", "country", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
VALUES (NEW."kind", NEW."status", COALESCE(NEW."placeId", 0), NEW."country", 1, NEW."id", COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END)
ON CONFLICT ("kind", "status", "placeId", "country") DO UPDATE SET
    "facts" = "FactRollupPlace"."facts" + excluded."facts",
    "minId" = CASE WHEN "FactRollupPlace"."minId" IS NULL OR excluded."minId" < "FactRollupPlace"."minId" THEN excluded."minId" ELSE "FactRollupPlace"."minId" END,
    "injured" = "FactRollupPlace"."injured" + excluded."injured",
    "injuredN" = "FactRollupPlace"."injuredN" + excluded."injuredN",
    "killed" = "FactRollupPlace"."killed" + excluded."killed",
    "killedN" = "FactRollupPlace"."killedN" + excluded."killedN",
    "serious" = "FactRollupPlace"."serious" + excluded."serious",
    "seriousN" = "FactRollupPlace"."seriousN" + excluded."seriousN",
    "drones" = "FactRollupPlace"."drones" + excluded."drones",
    "dronesN" = "FactRollupPlace"."dronesN" + excluded."dronesN",
    "dronesShotDown" = "FactRollupPlace"."dronesShotDown" + excluded."dronesShotDown",
    "dronesShotDownN" = "FactRollupPlace"."dronesShotDownN" + excluded."dronesShotDownN",
    "dronesLaunched" = "FactRollupPlace"."dronesLaunched" + excluded."dronesLaunched",
    "dronesLaunchedN" = "FactRollupPlace"."dronesLaunchedN" + excluded."dronesLaunchedN",
    "dronesHit" = "FactRollupPlace"."dronesHit" + excluded."dronesHit",
    "dronesHitN" = "FactRollupPlace"."dronesHitN" + excluded."dronesHitN",
    "aidEur" = "FactRollupPlace"."aidEur" + excluded."aidEur",
    "aidEurN" = "FactRollupPlace"."aidEurN" + excluded."aidEurN",
    "aidAmount" = "FactRollupPlace"."aidAmount" + excluded."aidAmount",
    "aidAmountN" = "FactRollupPlace"."aidAmountN" + excluded."aidAmountN",
    "aidUnconverted" = "FactRollupPlace"."aidUnconverted" + excluded."aidUnconverted",
    "aidUnconvertedN" = "FactRollupPlace"."aidUnconvertedN" + excluded."aidUnconvertedN",
    "shelters" = "FactRollupPlace"."shelters" + excluded."shelters",
    "sheltersN" = "FactRollupPlace"."sheltersN" + excluded."sheltersN";
END;

CREATE TRIGGER "Fact_rollup_update" AFTER UPDATE OF "kind", "date", "status", "country", "placeId", "injured", "killed", "serious", "attacker", "count", "launched", "outcome", "claimant", "amount", "currency", "amountEur", "donor", "recipient", "category" ON "Fact" FOR EACH ROW BEGIN
UPDATE "FactRollupDay" SET
    "facts" = "FactRollupDay"."facts" - 1,
    "injured" = CASE WHEN "FactRollupDay"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."injured" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END, 0) END,
    "injuredN" = "FactRollupDay"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupDay"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."killed" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END, 0) END,
    "killedN" = "FactRollupDay"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupDay"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."serious" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END, 0) END,
    "seriousN" = "FactRollupDay"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupDay"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."drones" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END, 0) END,
    "dronesN" = "FactRollupDay"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupDay"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."dronesShotDown" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupDay"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupDay"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."dronesLaunched" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupDay"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupDay"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."dronesHit" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END, 0) END,
    "dronesHitN" = "FactRollupDay"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupDay"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."aidEur" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END, 0) END,
    "aidEurN" = "FactRollupDay"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupDay"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."aidAmount" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END, 0) END,
    "aidAmountN" = "FactRollupDay"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupDay"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."aidUnconverted" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupDay"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupDay"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."shelters" - COALESCE(CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END, 0) END,
    "sheltersN" = "FactRollupDay"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END
WHERE "FactRollupDay"."day" = OLD."date" AND "FactRollupDay"."kind" = OLD."kind" AND "FactRollupDay"."status" = OLD."status";
UPDATE "FactRollupDay" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."date" = "FactRollupDay"."day" AND g."kind" = "FactRollupDay"."kind" AND g."status" = "FactRollupDay"."status")
WHERE "FactRollupDay"."minId" = OLD."id" AND "FactRollupDay"."day" = OLD."date" AND "FactRollupDay"."kind" = OLD."kind" AND "FactRollupDay"."status" = OLD."status";
UPDATE "FactRollupDimDay" SET
    "facts" = "FactRollupDimDay"."facts" - 1,
    "injured" = CASE WHEN "FactRollupDimDay"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."injured" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END, 0) END,
    "injuredN" = "FactRollupDimDay"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupDimDay"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."killed" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END, 0) END,
    "killedN" = "FactRollupDimDay"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupDimDay"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."serious" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END, 0) END,
    "seriousN" = "FactRollupDimDay"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupDimDay"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."drones" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END, 0) END,
    "dronesN" = "FactRollupDimDay"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupDimDay"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."dronesShotDown" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupDimDay"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupDimDay"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."dronesLaunched" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupDimDay"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupDimDay"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."dronesHit" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END, 0) END,
    "dronesHitN" = "FactRollupDimDay"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupDimDay"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."aidEur" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END, 0) END,
    "aidEurN" = "FactRollupDimDay"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupDimDay"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."aidAmount" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END, 0) END,
    "aidAmountN" = "FactRollupDimDay"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupDimDay"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."aidUnconverted" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupDimDay"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupDimDay"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."shelters" - COALESCE(CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END, 0) END,
    "sheltersN" = "FactRollupDimDay"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END
WHERE "FactRollupDimDay"."day" = OLD."date" AND "FactRollupDimDay"."kind" = OLD."kind" AND "FactRollupDimDay"."status" = OLD."status" AND "FactRollupDimDay"."country" = OLD."country" AND "FactRollupDimDay"."attacker" = COALESCE(OLD."attacker", '') AND "FactRollupDimDay"."claimant" = COALESCE(OLD."claimant", '') AND "FactRollupDimDay"."outcome" = COALESCE(OLD."outcome", '') AND "FactRollupDimDay"."donor" = COALESCE(OLD."donor", '') AND "FactRollupDimDay"."recipient" = COALESCE(OLD."recipient", '') AND "FactRollupDimDay"."category" = COALESCE(OLD."category", '') AND "FactRollupDimDay"."currency" = COALESCE(OLD."currency", '');
UPDATE "FactRollupDimDay" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."date" = "FactRollupDimDay"."day" AND g."kind" = "FactRollupDimDay"."kind" AND g."status" = "FactRollupDimDay"."status" AND g."country" = "FactRollupDimDay"."country" AND COALESCE(g."attacker", '') = "FactRollupDimDay"."attacker" AND COALESCE(g."claimant", '') = "FactRollupDimDay"."claimant" AND COALESCE(g."outcome", '') = "FactRollupDimDay"."outcome" AND COALESCE(g."donor", '') = "FactRollupDimDay"."donor" AND COALESCE(g."recipient", '') = "FactRollupDimDay"."recipient" AND COALESCE(g."category", '') = "FactRollupDimDay"."category" AND COALESCE(g."currency", '') = "FactRollupDimDay"."currency")
WHERE "FactRollupDimDay"."minId" = OLD."id" AND "FactRollupDimDay"."day" = OLD."date" AND "FactRollupDimDay"."kind" = OLD."kind" AND "FactRollupDimDay"."status" = OLD."status" AND "FactRollupDimDay"."country" = OLD."country" AND "FactRollupDimDay"."attacker" = COALESCE(OLD."attacker", '') AND "FactRollupDimDay"."claimant" = COALESCE(OLD."claimant", '') AND "FactRollupDimDay"."outcome" = COALESCE(OLD."outcome", '') AND "FactRollupDimDay"."donor" = COALESCE(OLD."donor", '') AND "FactRollupDimDay"."recipient" = COALESCE(OLD."recipient", '') AND "FactRollupDimDay"."category" = COALESCE(OLD."category", '') AND "FactRollupDimDay"."currency" = COALESCE(OLD."currency", '');
UPDATE "FactRollupDimMonth" SET
    "facts" = "FactRollupDimMonth"."facts" - 1,
    "injured" = CASE WHEN "FactRollupDimMonth"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."injured" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END, 0) END,
    "injuredN" = "FactRollupDimMonth"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupDimMonth"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."killed" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END, 0) END,
    "killedN" = "FactRollupDimMonth"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupDimMonth"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."serious" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END, 0) END,
    "seriousN" = "FactRollupDimMonth"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupDimMonth"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."drones" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END, 0) END,
    "dronesN" = "FactRollupDimMonth"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupDimMonth"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."dronesShotDown" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupDimMonth"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupDimMonth"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."dronesLaunched" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupDimMonth"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupDimMonth"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."dronesHit" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END, 0) END,
    "dronesHitN" = "FactRollupDimMonth"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupDimMonth"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."aidEur" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END, 0) END,
    "aidEurN" = "FactRollupDimMonth"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupDimMonth"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."aidAmount" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END, 0) END,
    "aidAmountN" = "FactRollupDimMonth"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupDimMonth"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."aidUnconverted" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupDimMonth"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupDimMonth"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."shelters" - COALESCE(CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END, 0) END,
    "sheltersN" = "FactRollupDimMonth"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END
WHERE "FactRollupDimMonth"."day" = substr(OLD."date", 1, 7) || '-01' AND "FactRollupDimMonth"."kind" = OLD."kind" AND "FactRollupDimMonth"."status" = OLD."status" AND "FactRollupDimMonth"."country" = OLD."country" AND "FactRollupDimMonth"."attacker" = COALESCE(OLD."attacker", '') AND "FactRollupDimMonth"."claimant" = COALESCE(OLD."claimant", '') AND "FactRollupDimMonth"."outcome" = COALESCE(OLD."outcome", '') AND "FactRollupDimMonth"."donor" = COALESCE(OLD."donor", '') AND "FactRollupDimMonth"."recipient" = COALESCE(OLD."recipient", '') AND "FactRollupDimMonth"."category" = COALESCE(OLD."category", '') AND "FactRollupDimMonth"."currency" = COALESCE(OLD."currency", '');
UPDATE "FactRollupDimMonth" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."date" >= "FactRollupDimMonth"."day" AND g."date" <= substr("FactRollupDimMonth"."day", 1, 7) || '-31' AND g."kind" = "FactRollupDimMonth"."kind" AND g."status" = "FactRollupDimMonth"."status" AND g."country" = "FactRollupDimMonth"."country" AND COALESCE(g."attacker", '') = "FactRollupDimMonth"."attacker" AND COALESCE(g."claimant", '') = "FactRollupDimMonth"."claimant" AND COALESCE(g."outcome", '') = "FactRollupDimMonth"."outcome" AND COALESCE(g."donor", '') = "FactRollupDimMonth"."donor" AND COALESCE(g."recipient", '') = "FactRollupDimMonth"."recipient" AND COALESCE(g."category", '') = "FactRollupDimMonth"."category" AND COALESCE(g."currency", '') = "FactRollupDimMonth"."currency")
WHERE "FactRollupDimMonth"."minId" = OLD."id" AND "FactRollupDimMonth"."day" = substr(OLD."date", 1, 7) || '-01' AND "FactRollupDimMonth"."kind" = OLD."kind" AND "FactRollupDimMonth"."status" = OLD."status" AND "FactRollupDimMonth"."country" = OLD."country" AND "FactRollupDimMonth"."attacker" = COALESCE(OLD."attacker", '') AND "FactRollupDimMonth"."claimant" = COALESCE(OLD."claimant", '') AND "FactRollupDimMonth"."outcome" = COALESCE(OLD."outcome", '') AND "FactRollupDimMonth"."donor" = COALESCE(OLD."donor", '') AND "FactRollupDimMonth"."recipient" = COALESCE(OLD."recipient", '') AND "FactRollupDimMonth"."category" = COALESCE(OLD."category", '') AND "FactRollupDimMonth"."currency" = COALESCE(OLD."currency", '');
UPDATE "FactRollupPlace" SET
    "facts" = "FactRollupPlace"."facts" - 1,
    "injured" = CASE WHEN "FactRollupPlace"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."injured" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END, 0) END,
    "injuredN" = "FactRollupPlace"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupPlace"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."killed" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END, 0) END,
    "killedN" = "FactRollupPlace"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupPlace"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."serious" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END, 0) END,
    "seriousN" = "FactRollupPlace"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupPlace"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."drones" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END, 0) END,
    "dronesN" = "FactRollupPlace"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupPlace"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."dronesShotDown" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupPlace"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupPlace"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."dronesLaunched" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupPlace"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupPlace"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."dronesHit" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END, 0) END,
    "dronesHitN" = "FactRollupPlace"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupPlace"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."aidEur" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END, 0) END,
    "aidEurN" = "FactRollupPlace"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupPlace"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."aidAmount" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END, 0) END,
    "aidAmountN" = "FactRollupPlace"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupPlace"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."aidUnconverted" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupPlace"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupPlace"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."shelters" - COALESCE(CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END, 0) END,
    "sheltersN" = "FactRollupPlace"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END
WHERE "FactRollupPlace"."kind" = OLD."kind" AND "FactRollupPlace"."status" = OLD."status" AND "FactRollupPlace"."placeId" = COALESCE(OLD."placeId", 0) AND "FactRollupPlace"."country" = OLD."country";
UPDATE "FactRollupPlace" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."kind" = "FactRollupPlace"."kind" AND g."status" = "FactRollupPlace"."status" AND (g."placeId" = "FactRollupPlace"."placeId" OR ("FactRollupPlace"."placeId" = 0 AND g."placeId" IS NULL)) AND g."country" = "FactRollupPlace"."country")
WHERE "FactRollupPlace"."minId" = OLD."id" AND "FactRollupPlace"."kind" = OLD."kind" AND "FactRollupPlace"."status" = OLD."status" AND "FactRollupPlace"."placeId" = COALESCE(OLD."placeId", 0) AND "FactRollupPlace"."country" = OLD."country";
INSERT INTO "FactRollupDay" ("day", "kind", "status", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
VALUES (NEW."date", NEW."kind", NEW."status", 1, NEW."id", COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END)
ON CONFLICT ("day", "kind", "status") DO UPDATE SET
    "facts" = "FactRollupDay"."facts" + excluded."facts",
    "minId" = CASE WHEN "FactRollupDay"."minId" IS NULL OR excluded."minId" < "FactRollupDay"."minId" THEN excluded."minId" ELSE "FactRollupDay"."minId" END,
    "injured" = "FactRollupDay"."injured" + excluded."injured",
    "injuredN" = "FactRollupDay"."injuredN" + excluded."injuredN",
    "killed" = "FactRollupDay"."killed" + excluded."killed",
    "killedN" = "FactRollupDay"."killedN" + excluded."killedN",
    "serious" = "FactRollupDay"."serious" + excluded."serious",
    "seriousN" = "FactRollupDay"."seriousN" + excluded."seriousN",
    "drones" = "FactRollupDay"."drones" + excluded."drones",
    "dronesN" = "FactRollupDay"."dronesN" + excluded."dronesN",
    "dronesShotDown" = "FactRollupDay"."dronesShotDown" + excluded."dronesShotDown",
    "dronesShotDownN" = "FactRollupDay"."dronesShotDownN" + excluded."dronesShotDownN",
    "dronesLaunched" = "FactRollupDay"."dronesLaunched" + excluded."dronesLaunched",
    "dronesLaunchedN" = "FactRollupDay"."dronesLaunchedN" + excluded."dronesLaunchedN",
    "dronesHit" = "FactRollupDay"."dronesHit" + excluded."dronesHit",
    "dronesHitN" = "FactRollupDay"."dronesHitN" + excluded."dronesHitN",
    "aidEur" = "FactRollupDay"."aidEur" + excluded."aidEur",
    "aidEurN" = "FactRollupDay"."aidEurN" + excluded."aidEurN",
    "aidAmount" = "FactRollupDay"."aidAmount" + excluded."aidAmount",
    "aidAmountN" = "FactRollupDay"."aidAmountN" + excluded."aidAmountN",
    "aidUnconverted" = "FactRollupDay"."aidUnconverted" + excluded."aidUnconverted",
    "aidUnconvertedN" = "FactRollupDay"."aidUnconvertedN" + excluded."aidUnconvertedN",
    "shelters" = "FactRollupDay"."shelters" + excluded."shelters",
    "sheltersN" = "FactRollupDay"."sheltersN" + excluded."sheltersN";
INSERT INTO "FactRollupDimDay" ("day", "kind", "status", "country", "attacker", "claimant", "outcome", "donor", "recipient", "category", "currency", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
VALUES (NEW."date", NEW."kind", NEW."status", NEW."country", COALESCE(NEW."attacker", ''), COALESCE(NEW."claimant", ''), COALESCE(NEW."outcome", ''), COALESCE(NEW."donor", ''), COALESCE(NEW."recipient", ''), COALESCE(NEW."category", ''), COALESCE(NEW."currency", ''), 1, NEW."id", COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END)
ON CONFLICT ("day", "kind", "status", "country", "attacker", "claimant", "outcome", "donor", "recipient", "category", "currency") DO UPDATE SET
    "facts" = "FactRollupDimDay"."facts" + excluded."facts",
    "minId" = CASE WHEN "FactRollupDimDay"."minId" IS NULL OR excluded."minId" < "FactRollupDimDay"."minId" THEN excluded."minId" ELSE "FactRollupDimDay"."minId" END,
    "injured" = "FactRollupDimDay"."injured" + excluded."injured",
    "injuredN" = "FactRollupDimDay"."injuredN" + excluded."injuredN",
    "killed" = "FactRollupDimDay"."killed" + excluded."killed",
    "killedN" = "FactRollupDimDay"."killedN" + excluded."killedN",
    "serious" = "FactRollupDimDay"."serious" + excluded."serious",
    "seriousN" = "FactRollupDimDay"."seriousN" + excluded."seriousN",
    "drones" = "FactRollupDimDay"."drones" + excluded."drones",
    "dronesN" = "FactRollupDimDay"."dronesN" + excluded."dronesN",
    "dronesShotDown" = "FactRollupDimDay"."dronesShotDown" + excluded."dronesShotDown",
    "dronesShotDownN" = "FactRollupDimDay"."dronesShotDownN" + excluded."dronesShotDownN",
    "dronesLaunched" = "FactRollupDimDay"."dronesLaunched" + excluded."dronesLaunched",
    "dronesLaunchedN" = "FactRollupDimDay"."dronesLaunchedN" + excluded."dronesLaunchedN",
    "dronesHit" = "FactRollupDimDay"."dronesHit" + excluded."dronesHit",
    "dronesHitN" = "FactRollupDimDay"."dronesHitN" + excluded."dronesHitN",
    "aidEur" = "FactRollupDimDay"."aidEur" + excluded."aidEur",
    "aidEurN" = "FactRollupDimDay"."aidEurN" + excluded."aidEurN",
    "aidAmount" = "FactRollupDimDay"."aidAmount" + excluded."aidAmount",
    "aidAmountN" = "FactRollupDimDay"."aidAmountN" + excluded."aidAmountN",
    "aidUnconverted" = "FactRollupDimDay"."aidUnconverted" + excluded."aidUnconverted",
    "aidUnconvertedN" = "FactRollupDimDay"."aidUnconvertedN" + excluded."aidUnconvertedN",
    "shelters" = "FactRollupDimDay"."shelters" + excluded."shelters",
    "sheltersN" = "FactRollupDimDay"."sheltersN" + excluded."sheltersN";
INSERT INTO "FactRollupDimMonth" ("day", "kind", "status", "country", "attacker", "claimant", "outcome", "donor", "recipient", "category", "currency", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
VALUES (substr(NEW."date", 1, 7) || '-01', NEW."kind", NEW."status", NEW."country", COALESCE(NEW."attacker", ''), COALESCE(NEW."claimant", ''), COALESCE(NEW."outcome", ''), COALESCE(NEW."donor", ''), COALESCE(NEW."recipient", ''), COALESCE(NEW."category", ''), COALESCE(NEW."currency", ''), 1, NEW."id", COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END)
ON CONFLICT ("day", "kind", "status", "country", "attacker", "claimant", "outcome", "donor", "recipient", "category", "currency") DO UPDATE SET
    "facts" = "FactRollupDimMonth"."facts" + excluded."facts",
    "minId" = CASE WHEN "FactRollupDimMonth"."minId" IS NULL OR excluded."minId" < "FactRollupDimMonth"."minId" THEN excluded."minId" ELSE "FactRollupDimMonth"."minId" END,
    "injured" = "FactRollupDimMonth"."injured" + excluded."injured",
    "injuredN" = "FactRollupDimMonth"."injuredN" + excluded."injuredN",
    "killed" = "FactRollupDimMonth"."killed" + excluded."killed",
    "killedN" = "FactRollupDimMonth"."killedN" + excluded."killedN",
    "serious" = "FactRollupDimMonth"."serious" + excluded."serious",
    "seriousN" = "FactRollupDimMonth"."seriousN" + excluded."seriousN",
    "drones" = "FactRollupDimMonth"."drones" + excluded."drones",
    "dronesN" = "FactRollupDimMonth"."dronesN" + excluded."dronesN",
    "dronesShotDown" = "FactRollupDimMonth"."dronesShotDown" + excluded."dronesShotDown",
    "dronesShotDownN" = "FactRollupDimMonth"."dronesShotDownN" + excluded."dronesShotDownN",
    "dronesLaunched" = "FactRollupDimMonth"."dronesLaunched" + excluded."dronesLaunched",
    "dronesLaunchedN" = "FactRollupDimMonth"."dronesLaunchedN" + excluded."dronesLaunchedN",
    "dronesHit" = "FactRollupDimMonth"."dronesHit" + excluded."dronesHit",
    "dronesHitN" = "FactRollupDimMonth"."dronesHitN" + excluded."dronesHitN",
    "aidEur" = "FactRollupDimMonth"."aidEur" + excluded."aidEur",
    "aidEurN" = "FactRollupDimMonth"."aidEurN" + excluded."aidEurN",
    "aidAmount" = "FactRollupDimMonth"."aidAmount" + excluded."aidAmount",
    "aidAmountN" = "FactRollupDimMonth"."aidAmountN" + excluded."aidAmountN",
    "aidUnconverted" = "FactRollupDimMonth"."aidUnconverted" + excluded."aidUnconverted",
    "aidUnconvertedN" = "FactRollupDimMonth"."aidUnconvertedN" + excluded."aidUnconvertedN",
    "shelters" = "FactRollupDimMonth"."shelters" + excluded."shelters",
    "sheltersN" = "FactRollupDimMonth"."sheltersN" + excluded."sheltersN";
INSERT INTO "FactRollupPlace" ("kind", "status", "placeId", "country", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
VALUES (NEW."kind", NEW."status", COALESCE(NEW."placeId", 0), NEW."country", 1, NEW."id", COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END)
ON CONFLICT ("kind", "status", "placeId", "country") DO UPDATE SET
    "facts" = "FactRollupPlace"."facts" + excluded."facts",
    "minId" = CASE WHEN "FactRollupPlace"."minId" IS NULL OR excluded."minId" < "FactRollupPlace"."minId" THEN excluded."minId" ELSE "FactRollupPlace"."minId" END,
    "injured" = "FactRollupPlace"."injured" + excluded."injured",
    "injuredN" = "FactRollupPlace"."injuredN" + excluded."injuredN",
    "killed" = "FactRollupPlace"."killed" + excluded."killed",
    "killedN" = "FactRollupPlace"."killedN" + excluded."killedN",
    "serious" = "FactRollupPlace"."serious" + excluded."serious",
    "seriousN" = "FactRollupPlace"."seriousN" + excluded."seriousN",
    "drones" = "FactRollupPlace"."drones" + excluded."drones",
    "dronesN" = "FactRollupPlace"."dronesN" + excluded."dronesN",
    "dronesShotDown" = "FactRollupPlace"."dronesShotDown" + excluded."dronesShotDown",
    "dronesShotDownN" = "FactRollupPlace"."dronesShotDownN" + excluded."dronesShotDownN",
    "dronesLaunched" = "FactRollupPlace"."dronesLaunched" + excluded."dronesLaunched",
    "dronesLaunchedN" = "FactRollupPlace"."dronesLaunchedN" + excluded."dronesLaunchedN",
    "dronesHit" = "FactRollupPlace"."dronesHit" + excluded."dronesHit",
    "dronesHitN" = "FactRollupPlace"."dronesHitN" + excluded."dronesHitN",
    "aidEur" = "FactRollupPlace"."aidEur" + excluded."aidEur",
    "aidEurN" = "FactRollupPlace"."aidEurN" + excluded."aidEurN",
    "aidAmount" = "FactRollupPlace"."aidAmount" + excluded."aidAmount",
    "aidAmountN" = "FactRollupPlace"."aidAmountN" + excluded."aidAmountN",
    "aidUnconverted" = "FactRollupPlace"."aidUnconverted" + excluded."aidUnconverted",
    "aidUnconvertedN" = "FactRollupPlace"."aidUnconvertedN" + excluded."aidUnconvertedN",
    "shelters" = "FactRollupPlace"."shelters" + excluded."shelters",
    "sheltersN" = "FactRollupPlace"."sheltersN" + excluded."sheltersN";
UPDATE "FactRollupPartyDay" SET
    "facts" = "FactRollupPartyDay"."facts" - 1,
    "injured" = CASE WHEN "FactRollupPartyDay"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."injured" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END, 0) END,
    "injuredN" = "FactRollupPartyDay"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupPartyDay"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."killed" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END, 0) END,
    "killedN" = "FactRollupPartyDay"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupPartyDay"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."serious" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END, 0) END,
    "seriousN" = "FactRollupPartyDay"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupPartyDay"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."drones" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END, 0) END,
    "dronesN" = "FactRollupPartyDay"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupPartyDay"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesShotDown" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupPartyDay"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupPartyDay"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesLaunched" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupPartyDay"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupPartyDay"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesHit" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END, 0) END,
    "dronesHitN" = "FactRollupPartyDay"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupPartyDay"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidEur" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END, 0) END,
    "aidEurN" = "FactRollupPartyDay"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupPartyDay"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidAmount" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END, 0) END,
    "aidAmountN" = "FactRollupPartyDay"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupPartyDay"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidUnconverted" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupPartyDay"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupPartyDay"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."shelters" - COALESCE(CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END, 0) END,
    "sheltersN" = "FactRollupPartyDay"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END
FROM "FactRollupPartyRoles" m
WHERE m."factId" = OLD."id" AND "FactRollupPartyDay"."day" = OLD."date" AND "FactRollupPartyDay"."kind" = OLD."kind" AND "FactRollupPartyDay"."status" = OLD."status" AND "FactRollupPartyDay"."country" = m."country" AND "FactRollupPartyDay"."roles" = m."roles";
UPDATE "FactRollupPartyDay" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."date" = "FactRollupPartyDay"."day" AND g."kind" = "FactRollupPartyDay"."kind" AND g."status" = "FactRollupPartyDay"."status" AND EXISTS (SELECT 1 FROM "FactRollupPartyRoles" m WHERE m."factId" = g."id" AND m."country" = "FactRollupPartyDay"."country" AND m."roles" = "FactRollupPartyDay"."roles"))
WHERE "FactRollupPartyDay"."minId" = OLD."id" AND "FactRollupPartyDay"."day" = OLD."date" AND "FactRollupPartyDay"."kind" = OLD."kind" AND "FactRollupPartyDay"."status" = OLD."status";
INSERT INTO "FactRollupPartyDay" ("day", "kind", "status", "country", "roles", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
SELECT NEW."date", NEW."kind", NEW."status", m."country", m."roles", 1, NEW."id", COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."injured" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."killed" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'injury' THEN NEW."serious" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'shot_down' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN COALESCE(NEW."launched", CASE WHEN NEW."outcome" = 'launched' THEN NEW."count" END) END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'drone' THEN CASE WHEN NEW."outcome" = 'hit' THEN NEW."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amountEur" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN NEW."amount" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END, 0), CASE WHEN CASE WHEN NEW."kind" = 'aid' THEN CASE WHEN NEW."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END, 0), CASE WHEN CASE WHEN NEW."kind" = 'shelter' THEN NEW."count" END IS NOT NULL THEN 1 ELSE 0 END
FROM "FactRollupPartyRoles" m WHERE m."factId" = NEW."id"
ON CONFLICT ("day", "kind", "status", "country", "roles") DO UPDATE SET
    "facts" = "FactRollupPartyDay"."facts" + excluded."facts",
    "minId" = CASE WHEN "FactRollupPartyDay"."minId" IS NULL OR excluded."minId" < "FactRollupPartyDay"."minId" THEN excluded."minId" ELSE "FactRollupPartyDay"."minId" END,
    "injured" = "FactRollupPartyDay"."injured" + excluded."injured",
    "injuredN" = "FactRollupPartyDay"."injuredN" + excluded."injuredN",
    "killed" = "FactRollupPartyDay"."killed" + excluded."killed",
    "killedN" = "FactRollupPartyDay"."killedN" + excluded."killedN",
    "serious" = "FactRollupPartyDay"."serious" + excluded."serious",
    "seriousN" = "FactRollupPartyDay"."seriousN" + excluded."seriousN",
    "drones" = "FactRollupPartyDay"."drones" + excluded."drones",
    "dronesN" = "FactRollupPartyDay"."dronesN" + excluded."dronesN",
    "dronesShotDown" = "FactRollupPartyDay"."dronesShotDown" + excluded."dronesShotDown",
    "dronesShotDownN" = "FactRollupPartyDay"."dronesShotDownN" + excluded."dronesShotDownN",
    "dronesLaunched" = "FactRollupPartyDay"."dronesLaunched" + excluded."dronesLaunched",
    "dronesLaunchedN" = "FactRollupPartyDay"."dronesLaunchedN" + excluded."dronesLaunchedN",
    "dronesHit" = "FactRollupPartyDay"."dronesHit" + excluded."dronesHit",
    "dronesHitN" = "FactRollupPartyDay"."dronesHitN" + excluded."dronesHitN",
    "aidEur" = "FactRollupPartyDay"."aidEur" + excluded."aidEur",
    "aidEurN" = "FactRollupPartyDay"."aidEurN" + excluded."aidEurN",
    "aidAmount" = "FactRollupPartyDay"."aidAmount" + excluded."aidAmount",
    "aidAmountN" = "FactRollupPartyDay"."aidAmountN" + excluded."aidAmountN",
    "aidUnconverted" = "FactRollupPartyDay"."aidUnconverted" + excluded."aidUnconverted",
    "aidUnconvertedN" = "FactRollupPartyDay"."aidUnconvertedN" + excluded."aidUnconvertedN",
    "shelters" = "FactRollupPartyDay"."shelters" + excluded."shelters",
    "sheltersN" = "FactRollupPartyDay"."sheltersN" + excluded."sheltersN";
END;

CREATE TRIGGER "Fact_rollup_party_delete" BEFORE DELETE ON "Fact" FOR EACH ROW BEGIN
UPDATE "FactRollupPartyDay" SET
    "facts" = "FactRollupPartyDay"."facts" - 1,
    "injured" = CASE WHEN "FactRollupPartyDay"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."injured" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END, 0) END,
    "injuredN" = "FactRollupPartyDay"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupPartyDay"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."killed" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END, 0) END,
    "killedN" = "FactRollupPartyDay"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupPartyDay"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."serious" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END, 0) END,
    "seriousN" = "FactRollupPartyDay"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupPartyDay"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."drones" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END, 0) END,
    "dronesN" = "FactRollupPartyDay"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupPartyDay"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesShotDown" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupPartyDay"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupPartyDay"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesLaunched" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupPartyDay"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupPartyDay"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesHit" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END, 0) END,
    "dronesHitN" = "FactRollupPartyDay"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupPartyDay"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidEur" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END, 0) END,
    "aidEurN" = "FactRollupPartyDay"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupPartyDay"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidAmount" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END, 0) END,
    "aidAmountN" = "FactRollupPartyDay"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupPartyDay"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidUnconverted" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupPartyDay"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupPartyDay"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."shelters" - COALESCE(CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END, 0) END,
    "sheltersN" = "FactRollupPartyDay"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END
FROM "FactRollupPartyRoles" m
WHERE m."factId" = OLD."id" AND "FactRollupPartyDay"."day" = OLD."date" AND "FactRollupPartyDay"."kind" = OLD."kind" AND "FactRollupPartyDay"."status" = OLD."status" AND "FactRollupPartyDay"."country" = m."country" AND "FactRollupPartyDay"."roles" = m."roles";
UPDATE "FactRollupPartyDay" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."date" = "FactRollupPartyDay"."day" AND g."kind" = "FactRollupPartyDay"."kind" AND g."status" = "FactRollupPartyDay"."status" AND EXISTS (SELECT 1 FROM "FactRollupPartyRoles" m WHERE m."factId" = g."id" AND m."country" = "FactRollupPartyDay"."country" AND m."roles" = "FactRollupPartyDay"."roles") AND g."id" <> OLD."id")
WHERE "FactRollupPartyDay"."minId" = OLD."id" AND "FactRollupPartyDay"."day" = OLD."date" AND "FactRollupPartyDay"."kind" = OLD."kind" AND "FactRollupPartyDay"."status" = OLD."status";
DELETE FROM "FactRollupPartyRoles" WHERE "factId" = OLD."id";
END;

CREATE TRIGGER "Fact_rollup_delete" AFTER DELETE ON "Fact" FOR EACH ROW BEGIN
UPDATE "FactRollupDay" SET
    "facts" = "FactRollupDay"."facts" - 1,
    "injured" = CASE WHEN "FactRollupDay"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."injured" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END, 0) END,
    "injuredN" = "FactRollupDay"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupDay"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."killed" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END, 0) END,
    "killedN" = "FactRollupDay"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupDay"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."serious" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END, 0) END,
    "seriousN" = "FactRollupDay"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupDay"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."drones" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END, 0) END,
    "dronesN" = "FactRollupDay"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupDay"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."dronesShotDown" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupDay"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupDay"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."dronesLaunched" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupDay"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupDay"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."dronesHit" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END, 0) END,
    "dronesHitN" = "FactRollupDay"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupDay"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."aidEur" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END, 0) END,
    "aidEurN" = "FactRollupDay"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupDay"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."aidAmount" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END, 0) END,
    "aidAmountN" = "FactRollupDay"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupDay"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."aidUnconverted" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupDay"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupDay"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDay"."shelters" - COALESCE(CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END, 0) END,
    "sheltersN" = "FactRollupDay"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END
WHERE "FactRollupDay"."day" = OLD."date" AND "FactRollupDay"."kind" = OLD."kind" AND "FactRollupDay"."status" = OLD."status";
UPDATE "FactRollupDay" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."date" = "FactRollupDay"."day" AND g."kind" = "FactRollupDay"."kind" AND g."status" = "FactRollupDay"."status")
WHERE "FactRollupDay"."minId" = OLD."id" AND "FactRollupDay"."day" = OLD."date" AND "FactRollupDay"."kind" = OLD."kind" AND "FactRollupDay"."status" = OLD."status";
UPDATE "FactRollupDimDay" SET
    "facts" = "FactRollupDimDay"."facts" - 1,
    "injured" = CASE WHEN "FactRollupDimDay"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."injured" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END, 0) END,
    "injuredN" = "FactRollupDimDay"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupDimDay"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."killed" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END, 0) END,
    "killedN" = "FactRollupDimDay"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupDimDay"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."serious" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END, 0) END,
    "seriousN" = "FactRollupDimDay"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupDimDay"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."drones" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END, 0) END,
    "dronesN" = "FactRollupDimDay"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupDimDay"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."dronesShotDown" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupDimDay"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupDimDay"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."dronesLaunched" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupDimDay"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupDimDay"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."dronesHit" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END, 0) END,
    "dronesHitN" = "FactRollupDimDay"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupDimDay"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."aidEur" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END, 0) END,
    "aidEurN" = "FactRollupDimDay"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupDimDay"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."aidAmount" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END, 0) END,
    "aidAmountN" = "FactRollupDimDay"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupDimDay"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."aidUnconverted" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupDimDay"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupDimDay"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimDay"."shelters" - COALESCE(CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END, 0) END,
    "sheltersN" = "FactRollupDimDay"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END
WHERE "FactRollupDimDay"."day" = OLD."date" AND "FactRollupDimDay"."kind" = OLD."kind" AND "FactRollupDimDay"."status" = OLD."status" AND "FactRollupDimDay"."country" = OLD."country" AND "FactRollupDimDay"."attacker" = COALESCE(OLD."attacker", '') AND "FactRollupDimDay"."claimant" = COALESCE(OLD."claimant", '') AND "FactRollupDimDay"."outcome" = COALESCE(OLD."outcome", '') AND "FactRollupDimDay"."donor" = COALESCE(OLD."donor", '') AND "FactRollupDimDay"."recipient" = COALESCE(OLD."recipient", '') AND "FactRollupDimDay"."category" = COALESCE(OLD."category", '') AND "FactRollupDimDay"."currency" = COALESCE(OLD."currency", '');
UPDATE "FactRollupDimDay" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."date" = "FactRollupDimDay"."day" AND g."kind" = "FactRollupDimDay"."kind" AND g."status" = "FactRollupDimDay"."status" AND g."country" = "FactRollupDimDay"."country" AND COALESCE(g."attacker", '') = "FactRollupDimDay"."attacker" AND COALESCE(g."claimant", '') = "FactRollupDimDay"."claimant" AND COALESCE(g."outcome", '') = "FactRollupDimDay"."outcome" AND COALESCE(g."donor", '') = "FactRollupDimDay"."donor" AND COALESCE(g."recipient", '') = "FactRollupDimDay"."recipient" AND COALESCE(g."category", '') = "FactRollupDimDay"."category" AND COALESCE(g."currency", '') = "FactRollupDimDay"."currency")
WHERE "FactRollupDimDay"."minId" = OLD."id" AND "FactRollupDimDay"."day" = OLD."date" AND "FactRollupDimDay"."kind" = OLD."kind" AND "FactRollupDimDay"."status" = OLD."status" AND "FactRollupDimDay"."country" = OLD."country" AND "FactRollupDimDay"."attacker" = COALESCE(OLD."attacker", '') AND "FactRollupDimDay"."claimant" = COALESCE(OLD."claimant", '') AND "FactRollupDimDay"."outcome" = COALESCE(OLD."outcome", '') AND "FactRollupDimDay"."donor" = COALESCE(OLD."donor", '') AND "FactRollupDimDay"."recipient" = COALESCE(OLD."recipient", '') AND "FactRollupDimDay"."category" = COALESCE(OLD."category", '') AND "FactRollupDimDay"."currency" = COALESCE(OLD."currency", '');
UPDATE "FactRollupDimMonth" SET
    "facts" = "FactRollupDimMonth"."facts" - 1,
    "injured" = CASE WHEN "FactRollupDimMonth"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."injured" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END, 0) END,
    "injuredN" = "FactRollupDimMonth"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupDimMonth"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."killed" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END, 0) END,
    "killedN" = "FactRollupDimMonth"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupDimMonth"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."serious" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END, 0) END,
    "seriousN" = "FactRollupDimMonth"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupDimMonth"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."drones" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END, 0) END,
    "dronesN" = "FactRollupDimMonth"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupDimMonth"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."dronesShotDown" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupDimMonth"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupDimMonth"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."dronesLaunched" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupDimMonth"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupDimMonth"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."dronesHit" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END, 0) END,
    "dronesHitN" = "FactRollupDimMonth"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupDimMonth"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."aidEur" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END, 0) END,
    "aidEurN" = "FactRollupDimMonth"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupDimMonth"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."aidAmount" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END, 0) END,
    "aidAmountN" = "FactRollupDimMonth"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupDimMonth"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."aidUnconverted" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupDimMonth"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupDimMonth"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupDimMonth"."shelters" - COALESCE(CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END, 0) END,
    "sheltersN" = "FactRollupDimMonth"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END
WHERE "FactRollupDimMonth"."day" = substr(OLD."date", 1, 7) || '-01' AND "FactRollupDimMonth"."kind" = OLD."kind" AND "FactRollupDimMonth"."status" = OLD."status" AND "FactRollupDimMonth"."country" = OLD."country" AND "FactRollupDimMonth"."attacker" = COALESCE(OLD."attacker", '') AND "FactRollupDimMonth"."claimant" = COALESCE(OLD."claimant", '') AND "FactRollupDimMonth"."outcome" = COALESCE(OLD."outcome", '') AND "FactRollupDimMonth"."donor" = COALESCE(OLD."donor", '') AND "FactRollupDimMonth"."recipient" = COALESCE(OLD."recipient", '') AND "FactRollupDimMonth"."category" = COALESCE(OLD."category", '') AND "FactRollupDimMonth"."currency" = COALESCE(OLD."currency", '');
UPDATE "FactRollupDimMonth" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."date" >= "FactRollupDimMonth"."day" AND g."date" <= substr("FactRollupDimMonth"."day", 1, 7) || '-31' AND g."kind" = "FactRollupDimMonth"."kind" AND g."status" = "FactRollupDimMonth"."status" AND g."country" = "FactRollupDimMonth"."country" AND COALESCE(g."attacker", '') = "FactRollupDimMonth"."attacker" AND COALESCE(g."claimant", '') = "FactRollupDimMonth"."claimant" AND COALESCE(g."outcome", '') = "FactRollupDimMonth"."outcome" AND COALESCE(g."donor", '') = "FactRollupDimMonth"."donor" AND COALESCE(g."recipient", '') = "FactRollupDimMonth"."recipient" AND COALESCE(g."category", '') = "FactRollupDimMonth"."category" AND COALESCE(g."currency", '') = "FactRollupDimMonth"."currency")
WHERE "FactRollupDimMonth"."minId" = OLD."id" AND "FactRollupDimMonth"."day" = substr(OLD."date", 1, 7) || '-01' AND "FactRollupDimMonth"."kind" = OLD."kind" AND "FactRollupDimMonth"."status" = OLD."status" AND "FactRollupDimMonth"."country" = OLD."country" AND "FactRollupDimMonth"."attacker" = COALESCE(OLD."attacker", '') AND "FactRollupDimMonth"."claimant" = COALESCE(OLD."claimant", '') AND "FactRollupDimMonth"."outcome" = COALESCE(OLD."outcome", '') AND "FactRollupDimMonth"."donor" = COALESCE(OLD."donor", '') AND "FactRollupDimMonth"."recipient" = COALESCE(OLD."recipient", '') AND "FactRollupDimMonth"."category" = COALESCE(OLD."category", '') AND "FactRollupDimMonth"."currency" = COALESCE(OLD."currency", '');
UPDATE "FactRollupPlace" SET
    "facts" = "FactRollupPlace"."facts" - 1,
    "injured" = CASE WHEN "FactRollupPlace"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."injured" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END, 0) END,
    "injuredN" = "FactRollupPlace"."injuredN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupPlace"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."killed" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END, 0) END,
    "killedN" = "FactRollupPlace"."killedN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupPlace"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."serious" - COALESCE(CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END, 0) END,
    "seriousN" = "FactRollupPlace"."seriousN" - CASE WHEN CASE WHEN OLD."kind" = 'injury' THEN OLD."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupPlace"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."drones" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END, 0) END,
    "dronesN" = "FactRollupPlace"."dronesN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupPlace"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."dronesShotDown" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupPlace"."dronesShotDownN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'shot_down' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupPlace"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."dronesLaunched" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupPlace"."dronesLaunchedN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN COALESCE(OLD."launched", CASE WHEN OLD."outcome" = 'launched' THEN OLD."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupPlace"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."dronesHit" - COALESCE(CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END, 0) END,
    "dronesHitN" = "FactRollupPlace"."dronesHitN" - CASE WHEN CASE WHEN OLD."kind" = 'drone' THEN CASE WHEN OLD."outcome" = 'hit' THEN OLD."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupPlace"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."aidEur" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END, 0) END,
    "aidEurN" = "FactRollupPlace"."aidEurN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupPlace"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."aidAmount" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END, 0) END,
    "aidAmountN" = "FactRollupPlace"."aidAmountN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN OLD."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupPlace"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."aidUnconverted" - COALESCE(CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupPlace"."aidUnconvertedN" - CASE WHEN CASE WHEN OLD."kind" = 'aid' THEN CASE WHEN OLD."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupPlace"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPlace"."shelters" - COALESCE(CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END, 0) END,
    "sheltersN" = "FactRollupPlace"."sheltersN" - CASE WHEN CASE WHEN OLD."kind" = 'shelter' THEN OLD."count" END IS NOT NULL THEN 1 ELSE 0 END
WHERE "FactRollupPlace"."kind" = OLD."kind" AND "FactRollupPlace"."status" = OLD."status" AND "FactRollupPlace"."placeId" = COALESCE(OLD."placeId", 0) AND "FactRollupPlace"."country" = OLD."country";
UPDATE "FactRollupPlace" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."kind" = "FactRollupPlace"."kind" AND g."status" = "FactRollupPlace"."status" AND (g."placeId" = "FactRollupPlace"."placeId" OR ("FactRollupPlace"."placeId" = 0 AND g."placeId" IS NULL)) AND g."country" = "FactRollupPlace"."country")
WHERE "FactRollupPlace"."minId" = OLD."id" AND "FactRollupPlace"."kind" = OLD."kind" AND "FactRollupPlace"."status" = OLD."status" AND "FactRollupPlace"."placeId" = COALESCE(OLD."placeId", 0) AND "FactRollupPlace"."country" = OLD."country";
END;

CREATE TRIGGER "FactParty_rollup_insert" AFTER INSERT ON "FactParty" FOR EACH ROW BEGIN
UPDATE "FactRollupPartyDay" SET
    "facts" = "FactRollupPartyDay"."facts" - 1,
    "injured" = CASE WHEN "FactRollupPartyDay"."injuredN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."injured" - COALESCE(CASE WHEN f."kind" = 'injury' THEN f."injured" END, 0) END,
    "injuredN" = "FactRollupPartyDay"."injuredN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupPartyDay"."killedN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."killed" - COALESCE(CASE WHEN f."kind" = 'injury' THEN f."killed" END, 0) END,
    "killedN" = "FactRollupPartyDay"."killedN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupPartyDay"."seriousN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."serious" - COALESCE(CASE WHEN f."kind" = 'injury' THEN f."serious" END, 0) END,
    "seriousN" = "FactRollupPartyDay"."seriousN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupPartyDay"."dronesN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."drones" - COALESCE(CASE WHEN f."kind" = 'drone' THEN f."count" END, 0) END,
    "dronesN" = "FactRollupPartyDay"."dronesN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupPartyDay"."dronesShotDownN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesShotDown" - COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupPartyDay"."dronesShotDownN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupPartyDay"."dronesLaunchedN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesLaunched" - COALESCE(CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupPartyDay"."dronesLaunchedN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupPartyDay"."dronesHitN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesHit" - COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END, 0) END,
    "dronesHitN" = "FactRollupPartyDay"."dronesHitN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupPartyDay"."aidEurN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidEur" - COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amountEur" END, 0) END,
    "aidEurN" = "FactRollupPartyDay"."aidEurN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupPartyDay"."aidAmountN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidAmount" - COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amount" END, 0) END,
    "aidAmountN" = "FactRollupPartyDay"."aidAmountN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupPartyDay"."aidUnconvertedN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidUnconverted" - COALESCE(CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupPartyDay"."aidUnconvertedN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupPartyDay"."sheltersN" - CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."shelters" - COALESCE(CASE WHEN f."kind" = 'shelter' THEN f."count" END, 0) END,
    "sheltersN" = "FactRollupPartyDay"."sheltersN" - CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END
FROM "Fact" f
WHERE f."id" = NEW."factId" AND "FactRollupPartyDay"."day" = f."date" AND "FactRollupPartyDay"."kind" = f."kind" AND "FactRollupPartyDay"."status" = f."status" AND "FactRollupPartyDay"."country" = NEW."country" AND "FactRollupPartyDay"."roles" = COALESCE((SELECT m."roles" FROM "FactRollupPartyRoles" m WHERE m."factId" = NEW."factId" AND m."country" = NEW."country"), 0) AND COALESCE((SELECT m."roles" FROM "FactRollupPartyRoles" m WHERE m."factId" = NEW."factId" AND m."country" = NEW."country"), 0) <> COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0);
INSERT INTO "FactRollupPartyDay" ("day", "kind", "status", "country", "roles", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
SELECT f."date", f."kind", f."status", NEW."country", COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0), 1, f."id", COALESCE(CASE WHEN f."kind" = 'injury' THEN f."injured" END, 0), CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'injury' THEN f."killed" END, 0), CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'injury' THEN f."serious" END, 0), CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN f."count" END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amountEur" END, 0), CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amount" END, 0), CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END, 0), CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'shelter' THEN f."count" END, 0), CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END
FROM "Fact" f WHERE f."id" = NEW."factId" AND COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0) > 0 AND COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0) <> COALESCE((SELECT m."roles" FROM "FactRollupPartyRoles" m WHERE m."factId" = NEW."factId" AND m."country" = NEW."country"), 0)
ON CONFLICT ("day", "kind", "status", "country", "roles") DO UPDATE SET
    "facts" = "FactRollupPartyDay"."facts" + excluded."facts",
    "minId" = CASE WHEN "FactRollupPartyDay"."minId" IS NULL OR excluded."minId" < "FactRollupPartyDay"."minId" THEN excluded."minId" ELSE "FactRollupPartyDay"."minId" END,
    "injured" = "FactRollupPartyDay"."injured" + excluded."injured",
    "injuredN" = "FactRollupPartyDay"."injuredN" + excluded."injuredN",
    "killed" = "FactRollupPartyDay"."killed" + excluded."killed",
    "killedN" = "FactRollupPartyDay"."killedN" + excluded."killedN",
    "serious" = "FactRollupPartyDay"."serious" + excluded."serious",
    "seriousN" = "FactRollupPartyDay"."seriousN" + excluded."seriousN",
    "drones" = "FactRollupPartyDay"."drones" + excluded."drones",
    "dronesN" = "FactRollupPartyDay"."dronesN" + excluded."dronesN",
    "dronesShotDown" = "FactRollupPartyDay"."dronesShotDown" + excluded."dronesShotDown",
    "dronesShotDownN" = "FactRollupPartyDay"."dronesShotDownN" + excluded."dronesShotDownN",
    "dronesLaunched" = "FactRollupPartyDay"."dronesLaunched" + excluded."dronesLaunched",
    "dronesLaunchedN" = "FactRollupPartyDay"."dronesLaunchedN" + excluded."dronesLaunchedN",
    "dronesHit" = "FactRollupPartyDay"."dronesHit" + excluded."dronesHit",
    "dronesHitN" = "FactRollupPartyDay"."dronesHitN" + excluded."dronesHitN",
    "aidEur" = "FactRollupPartyDay"."aidEur" + excluded."aidEur",
    "aidEurN" = "FactRollupPartyDay"."aidEurN" + excluded."aidEurN",
    "aidAmount" = "FactRollupPartyDay"."aidAmount" + excluded."aidAmount",
    "aidAmountN" = "FactRollupPartyDay"."aidAmountN" + excluded."aidAmountN",
    "aidUnconverted" = "FactRollupPartyDay"."aidUnconverted" + excluded."aidUnconverted",
    "aidUnconvertedN" = "FactRollupPartyDay"."aidUnconvertedN" + excluded."aidUnconvertedN",
    "shelters" = "FactRollupPartyDay"."shelters" + excluded."shelters",
    "sheltersN" = "FactRollupPartyDay"."sheltersN" + excluded."sheltersN";
UPDATE "FactRollupPartyDay" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."date" = "FactRollupPartyDay"."day" AND g."kind" = "FactRollupPartyDay"."kind" AND g."status" = "FactRollupPartyDay"."status" AND EXISTS (SELECT 1 FROM "FactRollupPartyRoles" m WHERE m."factId" = g."id" AND m."country" = "FactRollupPartyDay"."country" AND m."roles" = "FactRollupPartyDay"."roles") AND g."id" <> NEW."factId")
WHERE "FactRollupPartyDay"."minId" = NEW."factId" AND "FactRollupPartyDay"."country" = NEW."country" AND "FactRollupPartyDay"."roles" <> COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0) AND "FactRollupPartyDay"."day" = (SELECT f."date" FROM "Fact" f WHERE f."id" = NEW."factId") AND "FactRollupPartyDay"."kind" = (SELECT f."kind" FROM "Fact" f WHERE f."id" = NEW."factId") AND "FactRollupPartyDay"."status" = (SELECT f."status" FROM "Fact" f WHERE f."id" = NEW."factId");
DELETE FROM "FactRollupPartyRoles" WHERE "factId" = NEW."factId" AND "country" = NEW."country" AND COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0) = 0;
INSERT INTO "FactRollupPartyRoles" ("factId", "country", "roles")
SELECT NEW."factId", NEW."country", COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0) WHERE COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0) > 0 AND EXISTS (SELECT 1 FROM "Fact" f WHERE f."id" = NEW."factId")
ON CONFLICT ("factId", "country") DO UPDATE SET "roles" = excluded."roles";
END;

CREATE TRIGGER "FactParty_rollup_delete" AFTER DELETE ON "FactParty" FOR EACH ROW BEGIN
UPDATE "FactRollupPartyDay" SET
    "facts" = "FactRollupPartyDay"."facts" - 1,
    "injured" = CASE WHEN "FactRollupPartyDay"."injuredN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."injured" - COALESCE(CASE WHEN f."kind" = 'injury' THEN f."injured" END, 0) END,
    "injuredN" = "FactRollupPartyDay"."injuredN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupPartyDay"."killedN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."killed" - COALESCE(CASE WHEN f."kind" = 'injury' THEN f."killed" END, 0) END,
    "killedN" = "FactRollupPartyDay"."killedN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupPartyDay"."seriousN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."serious" - COALESCE(CASE WHEN f."kind" = 'injury' THEN f."serious" END, 0) END,
    "seriousN" = "FactRollupPartyDay"."seriousN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupPartyDay"."dronesN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."drones" - COALESCE(CASE WHEN f."kind" = 'drone' THEN f."count" END, 0) END,
    "dronesN" = "FactRollupPartyDay"."dronesN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupPartyDay"."dronesShotDownN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesShotDown" - COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupPartyDay"."dronesShotDownN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupPartyDay"."dronesLaunchedN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesLaunched" - COALESCE(CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupPartyDay"."dronesLaunchedN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupPartyDay"."dronesHitN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesHit" - COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END, 0) END,
    "dronesHitN" = "FactRollupPartyDay"."dronesHitN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupPartyDay"."aidEurN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidEur" - COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amountEur" END, 0) END,
    "aidEurN" = "FactRollupPartyDay"."aidEurN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupPartyDay"."aidAmountN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidAmount" - COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amount" END, 0) END,
    "aidAmountN" = "FactRollupPartyDay"."aidAmountN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupPartyDay"."aidUnconvertedN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidUnconverted" - COALESCE(CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupPartyDay"."aidUnconvertedN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupPartyDay"."sheltersN" - CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."shelters" - COALESCE(CASE WHEN f."kind" = 'shelter' THEN f."count" END, 0) END,
    "sheltersN" = "FactRollupPartyDay"."sheltersN" - CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END
FROM "Fact" f
WHERE f."id" = OLD."factId" AND "FactRollupPartyDay"."day" = f."date" AND "FactRollupPartyDay"."kind" = f."kind" AND "FactRollupPartyDay"."status" = f."status" AND "FactRollupPartyDay"."country" = OLD."country" AND "FactRollupPartyDay"."roles" = COALESCE((SELECT m."roles" FROM "FactRollupPartyRoles" m WHERE m."factId" = OLD."factId" AND m."country" = OLD."country"), 0) AND COALESCE((SELECT m."roles" FROM "FactRollupPartyRoles" m WHERE m."factId" = OLD."factId" AND m."country" = OLD."country"), 0) <> COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0);
INSERT INTO "FactRollupPartyDay" ("day", "kind", "status", "country", "roles", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
SELECT f."date", f."kind", f."status", OLD."country", COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0), 1, f."id", COALESCE(CASE WHEN f."kind" = 'injury' THEN f."injured" END, 0), CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'injury' THEN f."killed" END, 0), CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'injury' THEN f."serious" END, 0), CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN f."count" END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amountEur" END, 0), CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amount" END, 0), CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END, 0), CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'shelter' THEN f."count" END, 0), CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END
FROM "Fact" f WHERE f."id" = OLD."factId" AND COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0) > 0 AND COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0) <> COALESCE((SELECT m."roles" FROM "FactRollupPartyRoles" m WHERE m."factId" = OLD."factId" AND m."country" = OLD."country"), 0)
ON CONFLICT ("day", "kind", "status", "country", "roles") DO UPDATE SET
    "facts" = "FactRollupPartyDay"."facts" + excluded."facts",
    "minId" = CASE WHEN "FactRollupPartyDay"."minId" IS NULL OR excluded."minId" < "FactRollupPartyDay"."minId" THEN excluded."minId" ELSE "FactRollupPartyDay"."minId" END,
    "injured" = "FactRollupPartyDay"."injured" + excluded."injured",
    "injuredN" = "FactRollupPartyDay"."injuredN" + excluded."injuredN",
    "killed" = "FactRollupPartyDay"."killed" + excluded."killed",
    "killedN" = "FactRollupPartyDay"."killedN" + excluded."killedN",
    "serious" = "FactRollupPartyDay"."serious" + excluded."serious",
    "seriousN" = "FactRollupPartyDay"."seriousN" + excluded."seriousN",
    "drones" = "FactRollupPartyDay"."drones" + excluded."drones",
    "dronesN" = "FactRollupPartyDay"."dronesN" + excluded."dronesN",
    "dronesShotDown" = "FactRollupPartyDay"."dronesShotDown" + excluded."dronesShotDown",
    "dronesShotDownN" = "FactRollupPartyDay"."dronesShotDownN" + excluded."dronesShotDownN",
    "dronesLaunched" = "FactRollupPartyDay"."dronesLaunched" + excluded."dronesLaunched",
    "dronesLaunchedN" = "FactRollupPartyDay"."dronesLaunchedN" + excluded."dronesLaunchedN",
    "dronesHit" = "FactRollupPartyDay"."dronesHit" + excluded."dronesHit",
    "dronesHitN" = "FactRollupPartyDay"."dronesHitN" + excluded."dronesHitN",
    "aidEur" = "FactRollupPartyDay"."aidEur" + excluded."aidEur",
    "aidEurN" = "FactRollupPartyDay"."aidEurN" + excluded."aidEurN",
    "aidAmount" = "FactRollupPartyDay"."aidAmount" + excluded."aidAmount",
    "aidAmountN" = "FactRollupPartyDay"."aidAmountN" + excluded."aidAmountN",
    "aidUnconverted" = "FactRollupPartyDay"."aidUnconverted" + excluded."aidUnconverted",
    "aidUnconvertedN" = "FactRollupPartyDay"."aidUnconvertedN" + excluded."aidUnconvertedN",
    "shelters" = "FactRollupPartyDay"."shelters" + excluded."shelters",
    "sheltersN" = "FactRollupPartyDay"."sheltersN" + excluded."sheltersN";
UPDATE "FactRollupPartyDay" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."date" = "FactRollupPartyDay"."day" AND g."kind" = "FactRollupPartyDay"."kind" AND g."status" = "FactRollupPartyDay"."status" AND EXISTS (SELECT 1 FROM "FactRollupPartyRoles" m WHERE m."factId" = g."id" AND m."country" = "FactRollupPartyDay"."country" AND m."roles" = "FactRollupPartyDay"."roles") AND g."id" <> OLD."factId")
WHERE "FactRollupPartyDay"."minId" = OLD."factId" AND "FactRollupPartyDay"."country" = OLD."country" AND "FactRollupPartyDay"."roles" <> COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0) AND "FactRollupPartyDay"."day" = (SELECT f."date" FROM "Fact" f WHERE f."id" = OLD."factId") AND "FactRollupPartyDay"."kind" = (SELECT f."kind" FROM "Fact" f WHERE f."id" = OLD."factId") AND "FactRollupPartyDay"."status" = (SELECT f."status" FROM "Fact" f WHERE f."id" = OLD."factId");
DELETE FROM "FactRollupPartyRoles" WHERE "factId" = OLD."factId" AND "country" = OLD."country" AND COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0) = 0;
INSERT INTO "FactRollupPartyRoles" ("factId", "country", "roles")
SELECT OLD."factId", OLD."country", COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0) WHERE COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0) > 0 AND EXISTS (SELECT 1 FROM "Fact" f WHERE f."id" = OLD."factId")
ON CONFLICT ("factId", "country") DO UPDATE SET "roles" = excluded."roles";
END;

CREATE TRIGGER "FactParty_rollup_update" AFTER UPDATE ON "FactParty" FOR EACH ROW BEGIN
UPDATE "FactRollupPartyDay" SET
    "facts" = "FactRollupPartyDay"."facts" - 1,
    "injured" = CASE WHEN "FactRollupPartyDay"."injuredN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."injured" - COALESCE(CASE WHEN f."kind" = 'injury' THEN f."injured" END, 0) END,
    "injuredN" = "FactRollupPartyDay"."injuredN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupPartyDay"."killedN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."killed" - COALESCE(CASE WHEN f."kind" = 'injury' THEN f."killed" END, 0) END,
    "killedN" = "FactRollupPartyDay"."killedN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupPartyDay"."seriousN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."serious" - COALESCE(CASE WHEN f."kind" = 'injury' THEN f."serious" END, 0) END,
    "seriousN" = "FactRollupPartyDay"."seriousN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupPartyDay"."dronesN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."drones" - COALESCE(CASE WHEN f."kind" = 'drone' THEN f."count" END, 0) END,
    "dronesN" = "FactRollupPartyDay"."dronesN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupPartyDay"."dronesShotDownN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesShotDown" - COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupPartyDay"."dronesShotDownN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupPartyDay"."dronesLaunchedN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesLaunched" - COALESCE(CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupPartyDay"."dronesLaunchedN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupPartyDay"."dronesHitN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesHit" - COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END, 0) END,
    "dronesHitN" = "FactRollupPartyDay"."dronesHitN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupPartyDay"."aidEurN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidEur" - COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amountEur" END, 0) END,
    "aidEurN" = "FactRollupPartyDay"."aidEurN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupPartyDay"."aidAmountN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidAmount" - COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amount" END, 0) END,
    "aidAmountN" = "FactRollupPartyDay"."aidAmountN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupPartyDay"."aidUnconvertedN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidUnconverted" - COALESCE(CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupPartyDay"."aidUnconvertedN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupPartyDay"."sheltersN" - CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."shelters" - COALESCE(CASE WHEN f."kind" = 'shelter' THEN f."count" END, 0) END,
    "sheltersN" = "FactRollupPartyDay"."sheltersN" - CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END
FROM "Fact" f
WHERE f."id" = OLD."factId" AND "FactRollupPartyDay"."day" = f."date" AND "FactRollupPartyDay"."kind" = f."kind" AND "FactRollupPartyDay"."status" = f."status" AND "FactRollupPartyDay"."country" = OLD."country" AND "FactRollupPartyDay"."roles" = COALESCE((SELECT m."roles" FROM "FactRollupPartyRoles" m WHERE m."factId" = OLD."factId" AND m."country" = OLD."country"), 0) AND COALESCE((SELECT m."roles" FROM "FactRollupPartyRoles" m WHERE m."factId" = OLD."factId" AND m."country" = OLD."country"), 0) <> COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0);
INSERT INTO "FactRollupPartyDay" ("day", "kind", "status", "country", "roles", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
SELECT f."date", f."kind", f."status", OLD."country", COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0), 1, f."id", COALESCE(CASE WHEN f."kind" = 'injury' THEN f."injured" END, 0), CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'injury' THEN f."killed" END, 0), CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'injury' THEN f."serious" END, 0), CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN f."count" END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amountEur" END, 0), CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amount" END, 0), CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END, 0), CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'shelter' THEN f."count" END, 0), CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END
FROM "Fact" f WHERE f."id" = OLD."factId" AND COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0) > 0 AND COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0) <> COALESCE((SELECT m."roles" FROM "FactRollupPartyRoles" m WHERE m."factId" = OLD."factId" AND m."country" = OLD."country"), 0)
ON CONFLICT ("day", "kind", "status", "country", "roles") DO UPDATE SET
    "facts" = "FactRollupPartyDay"."facts" + excluded."facts",
    "minId" = CASE WHEN "FactRollupPartyDay"."minId" IS NULL OR excluded."minId" < "FactRollupPartyDay"."minId" THEN excluded."minId" ELSE "FactRollupPartyDay"."minId" END,
    "injured" = "FactRollupPartyDay"."injured" + excluded."injured",
    "injuredN" = "FactRollupPartyDay"."injuredN" + excluded."injuredN",
    "killed" = "FactRollupPartyDay"."killed" + excluded."killed",
    "killedN" = "FactRollupPartyDay"."killedN" + excluded."killedN",
    "serious" = "FactRollupPartyDay"."serious" + excluded."serious",
    "seriousN" = "FactRollupPartyDay"."seriousN" + excluded."seriousN",
    "drones" = "FactRollupPartyDay"."drones" + excluded."drones",
    "dronesN" = "FactRollupPartyDay"."dronesN" + excluded."dronesN",
    "dronesShotDown" = "FactRollupPartyDay"."dronesShotDown" + excluded."dronesShotDown",
    "dronesShotDownN" = "FactRollupPartyDay"."dronesShotDownN" + excluded."dronesShotDownN",
    "dronesLaunched" = "FactRollupPartyDay"."dronesLaunched" + excluded."dronesLaunched",
    "dronesLaunchedN" = "FactRollupPartyDay"."dronesLaunchedN" + excluded."dronesLaunchedN",
    "dronesHit" = "FactRollupPartyDay"."dronesHit" + excluded."dronesHit",
    "dronesHitN" = "FactRollupPartyDay"."dronesHitN" + excluded."dronesHitN",
    "aidEur" = "FactRollupPartyDay"."aidEur" + excluded."aidEur",
    "aidEurN" = "FactRollupPartyDay"."aidEurN" + excluded."aidEurN",
    "aidAmount" = "FactRollupPartyDay"."aidAmount" + excluded."aidAmount",
    "aidAmountN" = "FactRollupPartyDay"."aidAmountN" + excluded."aidAmountN",
    "aidUnconverted" = "FactRollupPartyDay"."aidUnconverted" + excluded."aidUnconverted",
    "aidUnconvertedN" = "FactRollupPartyDay"."aidUnconvertedN" + excluded."aidUnconvertedN",
    "shelters" = "FactRollupPartyDay"."shelters" + excluded."shelters",
    "sheltersN" = "FactRollupPartyDay"."sheltersN" + excluded."sheltersN";
UPDATE "FactRollupPartyDay" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."date" = "FactRollupPartyDay"."day" AND g."kind" = "FactRollupPartyDay"."kind" AND g."status" = "FactRollupPartyDay"."status" AND EXISTS (SELECT 1 FROM "FactRollupPartyRoles" m WHERE m."factId" = g."id" AND m."country" = "FactRollupPartyDay"."country" AND m."roles" = "FactRollupPartyDay"."roles") AND g."id" <> OLD."factId")
WHERE "FactRollupPartyDay"."minId" = OLD."factId" AND "FactRollupPartyDay"."country" = OLD."country" AND "FactRollupPartyDay"."roles" <> COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0) AND "FactRollupPartyDay"."day" = (SELECT f."date" FROM "Fact" f WHERE f."id" = OLD."factId") AND "FactRollupPartyDay"."kind" = (SELECT f."kind" FROM "Fact" f WHERE f."id" = OLD."factId") AND "FactRollupPartyDay"."status" = (SELECT f."status" FROM "Fact" f WHERE f."id" = OLD."factId");
DELETE FROM "FactRollupPartyRoles" WHERE "factId" = OLD."factId" AND "country" = OLD."country" AND COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0) = 0;
INSERT INTO "FactRollupPartyRoles" ("factId", "country", "roles")
SELECT OLD."factId", OLD."country", COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0) WHERE COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = OLD."factId" AND r."country" = OLD."country"), 0) > 0 AND EXISTS (SELECT 1 FROM "Fact" f WHERE f."id" = OLD."factId")
ON CONFLICT ("factId", "country") DO UPDATE SET "roles" = excluded."roles";
UPDATE "FactRollupPartyDay" SET
    "facts" = "FactRollupPartyDay"."facts" - 1,
    "injured" = CASE WHEN "FactRollupPartyDay"."injuredN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."injured" - COALESCE(CASE WHEN f."kind" = 'injury' THEN f."injured" END, 0) END,
    "injuredN" = "FactRollupPartyDay"."injuredN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END,
    "killed" = CASE WHEN "FactRollupPartyDay"."killedN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."killed" - COALESCE(CASE WHEN f."kind" = 'injury' THEN f."killed" END, 0) END,
    "killedN" = "FactRollupPartyDay"."killedN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END,
    "serious" = CASE WHEN "FactRollupPartyDay"."seriousN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."serious" - COALESCE(CASE WHEN f."kind" = 'injury' THEN f."serious" END, 0) END,
    "seriousN" = "FactRollupPartyDay"."seriousN" - CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END,
    "drones" = CASE WHEN "FactRollupPartyDay"."dronesN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."drones" - COALESCE(CASE WHEN f."kind" = 'drone' THEN f."count" END, 0) END,
    "dronesN" = "FactRollupPartyDay"."dronesN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesShotDown" = CASE WHEN "FactRollupPartyDay"."dronesShotDownN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesShotDown" - COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END, 0) END,
    "dronesShotDownN" = "FactRollupPartyDay"."dronesShotDownN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesLaunched" = CASE WHEN "FactRollupPartyDay"."dronesLaunchedN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesLaunched" - COALESCE(CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END, 0) END,
    "dronesLaunchedN" = "FactRollupPartyDay"."dronesLaunchedN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END,
    "dronesHit" = CASE WHEN "FactRollupPartyDay"."dronesHitN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."dronesHit" - COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END, 0) END,
    "dronesHitN" = "FactRollupPartyDay"."dronesHitN" - CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END,
    "aidEur" = CASE WHEN "FactRollupPartyDay"."aidEurN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidEur" - COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amountEur" END, 0) END,
    "aidEurN" = "FactRollupPartyDay"."aidEurN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidAmount" = CASE WHEN "FactRollupPartyDay"."aidAmountN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidAmount" - COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amount" END, 0) END,
    "aidAmountN" = "FactRollupPartyDay"."aidAmountN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END,
    "aidUnconverted" = CASE WHEN "FactRollupPartyDay"."aidUnconvertedN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."aidUnconverted" - COALESCE(CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END, 0) END,
    "aidUnconvertedN" = "FactRollupPartyDay"."aidUnconvertedN" - CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END,
    "shelters" = CASE WHEN "FactRollupPartyDay"."sheltersN" - CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END = 0 THEN 0 ELSE "FactRollupPartyDay"."shelters" - COALESCE(CASE WHEN f."kind" = 'shelter' THEN f."count" END, 0) END,
    "sheltersN" = "FactRollupPartyDay"."sheltersN" - CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END
FROM "Fact" f
WHERE f."id" = NEW."factId" AND "FactRollupPartyDay"."day" = f."date" AND "FactRollupPartyDay"."kind" = f."kind" AND "FactRollupPartyDay"."status" = f."status" AND "FactRollupPartyDay"."country" = NEW."country" AND "FactRollupPartyDay"."roles" = COALESCE((SELECT m."roles" FROM "FactRollupPartyRoles" m WHERE m."factId" = NEW."factId" AND m."country" = NEW."country"), 0) AND COALESCE((SELECT m."roles" FROM "FactRollupPartyRoles" m WHERE m."factId" = NEW."factId" AND m."country" = NEW."country"), 0) <> COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0);
INSERT INTO "FactRollupPartyDay" ("day", "kind", "status", "country", "roles", "facts", "minId", "injured", "injuredN", "killed", "killedN", "serious", "seriousN", "drones", "dronesN", "dronesShotDown", "dronesShotDownN", "dronesLaunched", "dronesLaunchedN", "dronesHit", "dronesHitN", "aidEur", "aidEurN", "aidAmount", "aidAmountN", "aidUnconverted", "aidUnconvertedN", "shelters", "sheltersN")
SELECT f."date", f."kind", f."status", NEW."country", COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0), 1, f."id", COALESCE(CASE WHEN f."kind" = 'injury' THEN f."injured" END, 0), CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."injured" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'injury' THEN f."killed" END, 0), CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."killed" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'injury' THEN f."serious" END, 0), CASE WHEN CASE WHEN f."kind" = 'injury' THEN f."serious" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN f."count" END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'shot_down' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN COALESCE(f."launched", CASE WHEN f."outcome" = 'launched' THEN f."count" END) END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END, 0), CASE WHEN CASE WHEN f."kind" = 'drone' THEN CASE WHEN f."outcome" = 'hit' THEN f."count" END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amountEur" END, 0), CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amountEur" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'aid' THEN f."amount" END, 0), CASE WHEN CASE WHEN f."kind" = 'aid' THEN f."amount" END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END, 0), CASE WHEN CASE WHEN f."kind" = 'aid' THEN CASE WHEN f."amountEur" IS NULL THEN 1 ELSE 0 END END IS NOT NULL THEN 1 ELSE 0 END, COALESCE(CASE WHEN f."kind" = 'shelter' THEN f."count" END, 0), CASE WHEN CASE WHEN f."kind" = 'shelter' THEN f."count" END IS NOT NULL THEN 1 ELSE 0 END
FROM "Fact" f WHERE f."id" = NEW."factId" AND COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0) > 0 AND COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0) <> COALESCE((SELECT m."roles" FROM "FactRollupPartyRoles" m WHERE m."factId" = NEW."factId" AND m."country" = NEW."country"), 0)
ON CONFLICT ("day", "kind", "status", "country", "roles") DO UPDATE SET
    "facts" = "FactRollupPartyDay"."facts" + excluded."facts",
    "minId" = CASE WHEN "FactRollupPartyDay"."minId" IS NULL OR excluded."minId" < "FactRollupPartyDay"."minId" THEN excluded."minId" ELSE "FactRollupPartyDay"."minId" END,
    "injured" = "FactRollupPartyDay"."injured" + excluded."injured",
    "injuredN" = "FactRollupPartyDay"."injuredN" + excluded."injuredN",
    "killed" = "FactRollupPartyDay"."killed" + excluded."killed",
    "killedN" = "FactRollupPartyDay"."killedN" + excluded."killedN",
    "serious" = "FactRollupPartyDay"."serious" + excluded."serious",
    "seriousN" = "FactRollupPartyDay"."seriousN" + excluded."seriousN",
    "drones" = "FactRollupPartyDay"."drones" + excluded."drones",
    "dronesN" = "FactRollupPartyDay"."dronesN" + excluded."dronesN",
    "dronesShotDown" = "FactRollupPartyDay"."dronesShotDown" + excluded."dronesShotDown",
    "dronesShotDownN" = "FactRollupPartyDay"."dronesShotDownN" + excluded."dronesShotDownN",
    "dronesLaunched" = "FactRollupPartyDay"."dronesLaunched" + excluded."dronesLaunched",
    "dronesLaunchedN" = "FactRollupPartyDay"."dronesLaunchedN" + excluded."dronesLaunchedN",
    "dronesHit" = "FactRollupPartyDay"."dronesHit" + excluded."dronesHit",
    "dronesHitN" = "FactRollupPartyDay"."dronesHitN" + excluded."dronesHitN",
    "aidEur" = "FactRollupPartyDay"."aidEur" + excluded."aidEur",
    "aidEurN" = "FactRollupPartyDay"."aidEurN" + excluded."aidEurN",
    "aidAmount" = "FactRollupPartyDay"."aidAmount" + excluded."aidAmount",
    "aidAmountN" = "FactRollupPartyDay"."aidAmountN" + excluded."aidAmountN",
    "aidUnconverted" = "FactRollupPartyDay"."aidUnconverted" + excluded."aidUnconverted",
    "aidUnconvertedN" = "FactRollupPartyDay"."aidUnconvertedN" + excluded."aidUnconvertedN",
    "shelters" = "FactRollupPartyDay"."shelters" + excluded."shelters",
    "sheltersN" = "FactRollupPartyDay"."sheltersN" + excluded."sheltersN";
UPDATE "FactRollupPartyDay" SET "minId" = (SELECT MIN(g."id") FROM "Fact" g WHERE g."date" = "FactRollupPartyDay"."day" AND g."kind" = "FactRollupPartyDay"."kind" AND g."status" = "FactRollupPartyDay"."status" AND EXISTS (SELECT 1 FROM "FactRollupPartyRoles" m WHERE m."factId" = g."id" AND m."country" = "FactRollupPartyDay"."country" AND m."roles" = "FactRollupPartyDay"."roles") AND g."id" <> NEW."factId")
WHERE "FactRollupPartyDay"."minId" = NEW."factId" AND "FactRollupPartyDay"."country" = NEW."country" AND "FactRollupPartyDay"."roles" <> COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0) AND "FactRollupPartyDay"."day" = (SELECT f."date" FROM "Fact" f WHERE f."id" = NEW."factId") AND "FactRollupPartyDay"."kind" = (SELECT f."kind" FROM "Fact" f WHERE f."id" = NEW."factId") AND "FactRollupPartyDay"."status" = (SELECT f."status" FROM "Fact" f WHERE f."id" = NEW."factId");
DELETE FROM "FactRollupPartyRoles" WHERE "factId" = NEW."factId" AND "country" = NEW."country" AND COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0) = 0;
INSERT INTO "FactRollupPartyRoles" ("factId", "country", "roles")
SELECT NEW."factId", NEW."country", COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0) WHERE COALESCE((SELECT SUM(CASE r."role" WHEN 'location' THEN 1 WHEN 'attacker' THEN 2 WHEN 'claimant' THEN 4 WHEN 'donor' THEN 8 WHEN 'recipient' THEN 16 ELSE 32 END) FROM "FactParty" r WHERE r."factId" = NEW."factId" AND r."country" = NEW."country"), 0) > 0 AND EXISTS (SELECT 1 FROM "Fact" f WHERE f."id" = NEW."factId")
ON CONFLICT ("factId", "country") DO UPDATE SET "roles" = excluded."roles";
END;
