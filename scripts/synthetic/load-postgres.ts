import pg from "pg";
import { rebuildRollupsPostgres, suspendRollupTriggersPostgres } from "../../lib/db/rollups/rebuild";
import type { SyntheticPlace } from "./catalogue";
import type { SyntheticSource } from "./fact-types";
import { AlreadyLoadedError, seconds, type LoadResult } from "./load-result";
import { FACT_COLUMN_NAMES, FACT_COLUMNS, factRow, partyRows, SOURCE_COLUMNS, sourceRow, type Cell } from "./rows";

const BATCH_FACTS = 20_000;
const SOURCE_TYPES = ["int", "text", "text", "text", "text", "text", "text", "text", "bool", "timestamp(3)"];
const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/** INSERT … SELECT FROM unnest($1::t1[], $2::t2[], …): one parameter per column, any number of rows. */
function unnestInsert(table: string, columns: readonly string[], types: readonly string[], suffix = ""): string {
  const arrays = types.map((t, i) => `$${i + 1}::${t}[]`).join(", ");
  return `INSERT INTO "${table}" (${quoted(columns)}) SELECT * FROM unnest(${arrays})${suffix}`;
}

function columnsOf(rows: Cell[][], width: number): Cell[][] {
  const columns: Cell[][] = Array.from({ length: width }, () => new Array<Cell>(rows.length));
  rows.forEach((row, r) => row.forEach((v, c) => (columns[c]![r] = v)));
  return columns;
}

/**
 * Bulk-loads generated dispatches into a migrated PostgreSQL database in one transaction: ids
 * reserved from the sequences, rows in column arrays through unnest(), rollup triggers disabled
 * and the rollups rebuilt in one pass at the end. The next batch is generated while the database
 * writes the last one (ids and places go through a second connection, outside the transaction).
 */
export async function loadPostgres(url: string, sources: Iterable<SyntheticSource>): Promise<LoadResult> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  const aux = new pg.Client({ connectionString: url });
  await client.connect();
  await aux.connect();
  try {
    await client.query("SET synchronous_commit = off");
    const iterator = sources[Symbol.iterator]();
    let next = iterator.next();
    if (!next.done) {
      const { rowCount } = await client.query(`SELECT 1 FROM "Source" WHERE "contentHash" = $1`, [next.value.contentHash]);
      if (rowCount) throw new AlreadyLoadedError("this seed's synthetic dispatches are already in the database: use another --seed or a fresh database");
    }
    // Sequence names first: once the transaction below holds its locks on Fact, the second
    // connection must not need to look at that table.
    const sequences = new Map<string, string>();
    for (const table of ["Source", "Fact"]) {
      const { rows } = await aux.query<{ seq: string }>(`SELECT pg_get_serial_sequence($1, 'id') AS seq`, [`"${table}"`]);
      sequences.set(table, rows[0]!.seq);
    }
    const reserve = async (table: string, n: number): Promise<number[]> =>
      (await aux.query<{ id: string }>(`SELECT nextval($1::regclass) AS id FROM generate_series(1, $2)`, [sequences.get(table), n])).rows.map((r) => Number(r.id));
    await client.query("BEGIN");
    const enableTriggers = await suspendRollupTriggersPostgres(client);

    const placeIds = new Map<string, number>();
    async function ensurePlaces(places: SyntheticPlace[]) {
      const missing = [...new Map(places.filter((p) => !placeIds.has(`${p.name}|${p.country}`)).map((p) => [`${p.name}|${p.country}`, p])).values()];
      if (!missing.length) return;
      const cols = columnsOf(missing.map((p) => [p.name, p.country, p.region, p.lat, p.lon]), 5);
      await aux.query(unnestInsert("Place", ["name", "country", "region", "lat", "lon"], ["text", "text", "text", "float8", "float8"], ` ON CONFLICT ("name", "country") DO NOTHING`), cols);
      const { rows } = await aux.query<{ id: number; name: string; country: string }>(
        `SELECT p."id", p."name", p."country" FROM "Place" p JOIN unnest($1::text[], $2::text[]) AS w("name", "country") ON w."name" = p."name" AND w."country" = p."country"`,
        [cols[0], cols[1]],
      );
      for (const r of rows) placeIds.set(`${r.name}|${r.country}`, r.id);
    }

    const result: LoadResult = { sources: 0, facts: 0, parties: 0, places: 0, insertSeconds: 0, rollupSeconds: 0, analyzeSeconds: 0, totalSeconds: 0 };
    const now = new Date().toISOString();
    const factTypes = FACT_COLUMN_NAMES.map((c) => FACT_COLUMNS[c]);
    let pending: Promise<void> = Promise.resolve();
    while (!next.done) {
      const batch: SyntheticSource[] = [];
      let factsInBatch = 0;
      while (!next.done && factsInBatch < BATCH_FACTS) {
        batch.push(next.value);
        factsInBatch += next.value.facts.length;
        next = iterator.next();
      }
      await ensurePlaces(batch.flatMap((s) => s.facts.flatMap((f) => (f.place ? [f.place] : []))));
      const sourceIds = await reserve("Source", batch.length);
      const factIds = await reserve("Fact", factsInBatch);
      const sourceRows: Cell[][] = [];
      const factRows: Cell[][] = [];
      const partyCells: Cell[][] = [];
      let f = 0;
      batch.forEach((source, i) => {
        sourceRows.push(sourceRow(sourceIds[i]!, source, now));
        for (const fact of source.facts) {
          const id = factIds[f++]!;
          const placeId = fact.place ? placeIds.get(`${fact.place.name}|${fact.place.country}`)! : null;
          factRows.push(factRow(id, sourceIds[i]!, placeId, fact, now));
          for (const p of partyRows(fact)) partyCells.push([id, p.country, p.role]);
        }
      });
      await pending;
      pending = (async () => {
        await client.query(unnestInsert("Source", SOURCE_COLUMNS, SOURCE_TYPES), columnsOf(sourceRows, SOURCE_COLUMNS.length));
        await client.query(unnestInsert("Fact", FACT_COLUMN_NAMES, factTypes), columnsOf(factRows, FACT_COLUMN_NAMES.length));
        await client.query(unnestInsert("FactParty", ["factId", "country", "role"], ["int", "text", "text"]), columnsOf(partyCells, 3));
      })();
      // A failed batch must not go unnoticed while the next one is generated.
      pending.catch(() => undefined);
      result.sources += batch.length;
      result.facts += factsInBatch;
      result.parties += partyCells.length;
    }
    await pending;
    result.places = placeIds.size;
    result.insertSeconds = seconds(started);

    const rollupStarted = performance.now();
    await rebuildRollupsPostgres(client);
    await enableTriggers();
    await client.query("COMMIT");
    result.rollupSeconds = seconds(rollupStarted);

    const analyzeStarted = performance.now();
    await client.query("VACUUM ANALYZE");
    result.analyzeSeconds = seconds(analyzeStarted);
    result.totalSeconds = seconds(started);
    return result;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    await aux.end();
    await client.end();
  }
}
