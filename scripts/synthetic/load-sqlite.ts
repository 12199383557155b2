import Database from "better-sqlite3";
import { rebuildRollupsSqlite, suspendRollupTriggersSqlite } from "../../lib/db/rollups/rebuild";
import type { SyntheticPlace } from "./catalogue";
import type { SyntheticSource } from "./fact-types";
import { AlreadyLoadedError, seconds, type LoadResult } from "./load-result";
import { FACT_COLUMN_NAMES, factRow, partyRows, SOURCE_COLUMNS, sourceRow } from "./rows";

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");
const params = (n: number) => Array.from({ length: n }, () => "?").join(", ");
const sqliteValue = (v: unknown) => (typeof v === "boolean" ? (v ? 1 : 0) : v);

/**
 * Bulk-loads generated dispatches into a migrated SQLite file: prepared statements in one
 * transaction, rollup triggers stopped and the rollups rebuilt in one pass at the end. Durability
 * is relaxed for the load; a crash mid-load loses the load, not older data (WAL).
 */
export function loadSqlite(file: string, sources: Iterable<SyntheticSource>): LoadResult {
  const started = performance.now();
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = OFF");
    db.pragma("cache_size = -262144");
    db.pragma("temp_store = MEMORY");
    db.pragma("foreign_keys = ON");
    const insertSource = db.prepare(`INSERT INTO "Source" (${quoted(SOURCE_COLUMNS)}) VALUES (${params(SOURCE_COLUMNS.length)})`);
    const insertFact = db.prepare(`INSERT INTO "Fact" (${quoted(FACT_COLUMN_NAMES)}) VALUES (${params(FACT_COLUMN_NAMES.length)})`);
    const insertParty = db.prepare(`INSERT INTO "FactParty" ("factId", "country", "role") VALUES (?, ?, ?)`);
    const insertPlace = db.prepare(`INSERT INTO "Place" ("name", "country", "region", "lat", "lon") VALUES (?, ?, ?, ?, ?) ON CONFLICT ("name", "country") DO NOTHING`);
    const findPlace = db.prepare(`SELECT "id" FROM "Place" WHERE "name" = ? AND "country" = ?`).pluck();
    const hashExists = db.prepare(`SELECT 1 FROM "Source" WHERE "contentHash" = ?`).pluck();
    const nextId = (table: string) => (db.prepare(`SELECT COALESCE(MAX("id"), 0) + 1 FROM "${table}"`).pluck().get() as number);

    const placeIds = new Map<string, number>();
    const placeId = (p: SyntheticPlace | null): number | null => {
      if (!p) return null;
      const key = `${p.name}|${p.country}`;
      let id = placeIds.get(key);
      if (id === undefined) {
        insertPlace.run(p.name, p.country, p.region, p.lat, p.lon);
        id = findPlace.get(p.name, p.country) as number;
        placeIds.set(key, id);
      }
      return id;
    };

    const iterator = sources[Symbol.iterator]();
    let first = iterator.next();
    if (!first.done && hashExists.get(first.value.contentHash)) {
      throw new AlreadyLoadedError("this seed's synthetic dispatches are already in the database: use another --seed or a fresh database");
    }
    db.exec("BEGIN IMMEDIATE");
    const result: LoadResult = { sources: 0, facts: 0, parties: 0, places: 0, insertSeconds: 0, rollupSeconds: 0, analyzeSeconds: 0, totalSeconds: 0 };
    let sourceId = nextId("Source");
    let factId = nextId("Fact");
    const now = new Date().toISOString().replace("Z", "+00:00");
    try {
      const restoreTriggers = suspendRollupTriggersSqlite(db);
      while (!first.done) {
        const source = first.value;
        insertSource.run(...sourceRow(sourceId, source, now).map(sqliteValue));
        for (const f of source.facts) {
          insertFact.run(...factRow(factId, sourceId, placeId(f.place), f, now).map(sqliteValue));
          for (const p of partyRows(f)) {
            insertParty.run(factId, p.country, p.role);
            result.parties += 1;
          }
          factId += 1;
        }
        result.sources += 1;
        result.facts += source.facts.length;
        sourceId += 1;
        first = iterator.next();
      }
      result.places = placeIds.size;
      result.insertSeconds = seconds(started);
      const rollupStarted = performance.now();
      rebuildRollupsSqlite(db);
      restoreTriggers();
      db.exec("COMMIT");
      result.rollupSeconds = seconds(rollupStarted);
    } catch (err) {
      if (db.inTransaction) db.exec("ROLLBACK");
      throw err;
    }

    const analyzeStarted = performance.now();
    db.exec("ANALYZE");
    db.pragma("wal_checkpoint(TRUNCATE)");
    result.analyzeSeconds = seconds(analyzeStarted);
    result.totalSeconds = seconds(started);
    return result;
  } finally {
    db.close();
  }
}
