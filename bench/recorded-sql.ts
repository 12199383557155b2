import { registerWrapper, type Db } from "../lib/db/client";
import type { Sql } from "../lib/db/sql";

/** SQL as text for either driver: `sql` with ? (SQLite), `text` with $1 (PostgreSQL). */
export interface SqlText {
  sql: string;
  text: string;
  values: unknown[];
}

/**
 * Runs `work` against a client that records every raw query it sends, so the benchmark can time
 * exactly the SQL an endpoint runs, directly on the database.
 */
export async function recordQueries(db: Db, work: (db: Db) => Promise<unknown>): Promise<SqlText[]> {
  const recorded: SqlText[] = [];
  const recording = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === "$queryRaw") {
        return (query: Sql) => {
          recorded.push({ sql: query.sql, text: query.text, values: [...query.values] });
          return target.$queryRaw(query);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  await work(registerWrapper(recording, db));
  return recorded;
}

/** The same SQL over the naive copies of the facts tables. */
export function onNaiveTables(q: SqlText): SqlText {
  const swap = (s: string) => s.replaceAll(`"Fact" f`, `"FactNaive" f`).replaceAll(`"FactParty" p`, `"FactPartyNaive" p`);
  return { sql: swap(q.sql), text: swap(q.text), values: q.values };
}
