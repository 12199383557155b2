import Database from "better-sqlite3";
import { sqliteFilePath } from "../env";
import type { Sql } from "./sql";

/** A batch of rows as arrays, in the order of `columns` (the SELECT's column names). */
export interface RowBatch {
  columns: string[];
  rows: unknown[][];
}

/**
 * Reads every row of one query straight from better-sqlite3, a batch at a time, on a read-only
 * connection of its own: one statement iterator, so one read transaction and one snapshot.
 * For exports of any size: memory holds one batch, and no row goes through Prisma's per-value
 * mapping, which made the page-by-page export 10–20 times slower than `sqlite3 -csv`. Stopping
 * early (return() on the generator, as a cancelled download does) closes the connection.
 */
export async function* streamSqliteRows(databaseUrl: string, query: Sql, batchSize = 1000): AsyncGenerator<RowBatch> {
  const db = new Database(sqliteFilePath(databaseUrl), { readonly: true, fileMustExist: true });
  try {
    const statement = db.prepare(query.sql).raw(true);
    const columns = statement.columns().map((c) => c.name);
    const iterator = statement.iterate(...(query.values as unknown[])) as IterableIterator<unknown[]>;
    try {
      for (;;) {
        const rows: unknown[][] = [];
        let next = iterator.next();
        while (!next.done) {
          rows.push(next.value);
          if (rows.length === batchSize) break;
          next = iterator.next();
        }
        if (rows.length) yield { columns, rows };
        if (next.done) return;
      }
    } finally {
      iterator.return?.();
    }
  } finally {
    db.close();
  }
}
