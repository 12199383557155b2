import pg from "pg";

/** A database name we create ourselves: lower-case letters, digits and underscores only. */
const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The URL of another database on the same server (same user, host, port and options). */
export function postgresDatabaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates an empty database with byte-order collation (C), so text sorts the same as in
 * SQLite, and returns its URL.
 */
export async function createPostgresDatabase(serverUrl: string, name: string): Promise<string> {
  if (!SAFE_NAME.test(name)) throw new Error(`invalid database name "${name}": use lower-case letters, digits and _`);
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`));
  return postgresDatabaseUrl(serverUrl, name);
}

/**
 * Drops a database, closing whatever connections are still open on it. An autovacuum worker
 * on it cannot be ended by a role without pg_signal_backend, so that case is retried briefly.
 */
export async function dropPostgresDatabase(serverUrl: string, name: string): Promise<void> {
  if (!SAFE_NAME.test(name)) throw new Error(`invalid database name "${name}"`);
  await onServer(serverUrl, async (c) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        return;
      } catch (err) {
        if ((err as { code?: string }).code !== "42501" || attempt >= 20) throw err;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  });
}
