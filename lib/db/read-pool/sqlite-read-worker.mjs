// The worker side of lib/db/read-pool/read-pool.ts. Plain JavaScript because it is loaded by
// path at run time (by `next start`, tsx and Vitest alike), never bundled.
// Each worker holds one read-only connection; a query's rows never cross to the main thread
// beyond the cap it is given, and a long query blocks this thread, not the server's.
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

// On Linux a thread has its own nice value: heavy reads yield the CPU to the server's main
// thread, so light requests stay quick on a machine whose cores the reads keep busy.
try {
  os.setPriority(10);
} catch {
  // not permitted here: run at the normal priority
}

/**
 * A read-only connection with fold_case: lower-casing for all of Unicode, which SQLite's own
 * LOWER does for ASCII only (the search, lib/db/dialect.ts foldedContainsSql). Waiting for a
 * lock (a checkpoint, a recovering WAL) happens here, off the event loop.
 */
function openConnection() {
  const connection = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: 5000 });
  connection.function("fold_case", { deterministic: true }, (text) => (typeof text === "string" ? text.toLowerCase() : text));
  return connection;
}

const db = openConnection();
/** Open exports: each has its own connection, since a connection with a live cursor runs nothing else. */
const streams = new Map();

function fail(id, err) {
  parentPort.postMessage({ id, error: { message: err instanceof Error ? err.message : String(err), code: err?.code } });
}

function query({ id, sql, values, maxRows }) {
  const statement = db.prepare(sql);
  const columns = statement.columns().map((c) => c.name);
  const rows = [];
  let truncated = false;
  for (const row of statement.iterate(...values)) {
    if (rows.length === maxRows) {
      truncated = true;
      break;
    }
    rows.push(row);
  }
  parentPort.postMessage({ id, columns, rows, truncated });
}

function open({ id, stream, sql, values }) {
  const connection = openConnection();
  try {
    const statement = connection.prepare(sql).raw(true);
    const columns = statement.columns().map((c) => c.name);
    streams.set(stream, { connection, iterator: statement.iterate(...values) });
    parentPort.postMessage({ id, columns });
  } catch (err) {
    connection.close();
    throw err;
  }
}

function next({ id, stream, batchSize }) {
  const open = streams.get(stream);
  if (!open) throw new Error(`no open stream ${stream}`);
  const rows = [];
  let step = open.iterator.next();
  while (!step.done) {
    rows.push(step.value);
    if (rows.length === batchSize) break;
    step = open.iterator.next();
  }
  const done = step.done === true;
  if (done) close({ stream });
  parentPort.postMessage({ id, rows, done });
}

function close({ id, stream }) {
  const open = streams.get(stream);
  if (open) {
    streams.delete(stream);
    open.iterator.return?.();
    open.connection.close();
  }
  if (id !== undefined) parentPort.postMessage({ id });
}

const handlers = { query, open, next, close };
// Loading the driver takes a while on a busy machine; a query's time limit starts after this.
parentPort.postMessage({ ready: true });
parentPort.on("message", (message) => {
  try {
    handlers[message.type](message);
  } catch (err) {
    fail(message.id, err);
  }
});
