import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { Sql } from "./sql";

/**
 * The SQL of `query` with its parameters written in as literals, for COPY, which takes none.
 * Only strings and finite numbers are accepted; strings are quoted the standard way (quotes
 * doubled; standard_conforming_strings is on in every supported PostgreSQL, so backslashes are
 * plain characters). The values are ones the API has already validated (kinds, ISO codes, days).
 */
export function inlineParameters(query: Sql): string {
  return query.text.replace(/\$(\d+)/g, (_, n: string) => {
    const value = query.values[Number(n) - 1];
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (typeof value === "string") {
      if (value.includes("\0")) throw new Error("inlineParameters: a string with a NUL byte");
      return `'${value.replaceAll("'", "''")}'`;
    }
    throw new Error(`inlineParameters: cannot write ${typeof value} parameter $${n} as a literal`);
  });
}

/**
 * Streams `COPY (query) TO STDOUT WITH (FORMAT csv)` on a connection of its own: the database
 * writes the CSV itself, as fast as its own export, and memory holds one chunk. Stopping early
 * (return() on the generator, as a cancelled download does) closes the connection.
 */
export async function* copyCsvOut(databaseUrl: string, query: Sql): AsyncGenerator<Uint8Array> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  client.on("error", () => {}); // a cancelled COPY ends its connection; that is not an error to report
  try {
    const stream = client.query(copyTo(`COPY (${inlineParameters(query)}) TO STDOUT WITH (FORMAT csv)`));
    try {
      for await (const chunk of stream) yield chunk as Uint8Array;
    } finally {
      stream.destroy();
    }
  } finally {
    await client.end().catch(() => {});
  }
}
