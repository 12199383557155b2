import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Sql } from "../sql";
import type { RowBatch } from "../sqlite-rows";

/** A statement ran past its time limit; its worker was stopped and replaced. */
export class QueryTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`the query took longer than ${limitMs / 1000} s`);
    this.name = "QueryTimeoutError";
  }
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** More rows matched than maxRows; `rows` holds the first maxRows. */
  truncated: boolean;
}

type Message = { type: "query" | "open" | "next" | "close"; [key: string]: unknown };
interface Task {
  message: Message;
  /** Streams live on one worker: their messages must go there. */
  worker?: number;
  resolve: (value: Record<string, unknown>) => void;
  reject: (err: Error) => void;
}
interface Slot {
  worker: Worker;
  task?: Task & { id: number; timer: NodeJS.Timeout };
  /** Bumped when the worker is replaced, so the streams it held are known to be gone. */
  generation: number;
  /** The worker has opened its connection; its start-up does not count against a time limit. */
  ready: boolean;
}

// Loaded by path, not bundled (see the file's first comment).
const WORKER_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/db/read-pool/sqlite-read-worker.mjs");

/**
 * Worker threads, each with a read-only better-sqlite3 connection, for the reads that can take
 * seconds (series, fact pages, exports). better-sqlite3 runs a statement to its end on the
 * thread that calls it, so on the main thread one heavy aggregate stalled every request.
 * better-sqlite3 cannot interrupt a statement: at the time limit the worker is terminated (its
 * thread finishes the statement in the background, then exits) and a fresh one takes its place.
 */
export class ReadPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private nextStream = 1;
  /** Workers terminated at their time limit that may still be finishing a statement. */
  private stopping = 0;

  constructor(
    readonly file: string,
    readonly size: number,
    readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: this.spawn(i), generation: 0, ready: false });
  }

  /** Workers stopped at their time limit whose statements are still running. */
  get backgroundStatements(): number {
    return this.stopping;
  }

  private spawn(index: number): Worker {
    const worker = new Worker(WORKER_FILE, { workerData: { file: this.file } });
    worker.unref();
    worker.on("message", (reply: { id: number; ready?: true; error?: { message: string; code?: string } } & Record<string, unknown>) => {
      const slot = this.slots[index];
      if (reply.ready) {
        if (slot?.worker === worker) slot.ready = true;
        this.pump();
        return;
      }
      const task = slot?.task;
      if (!slot || slot.worker !== worker || !task || task.id !== reply.id) return;
      clearTimeout(task.timer);
      slot.task = undefined;
      if (reply.error) task.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
      else task.resolve(reply);
      this.pump();
    });
    worker.on("error", (err) => this.replace(index, worker, err));
    worker.on("exit", () => this.replace(index, worker, new Error("read worker exited")));
    return worker;
  }

  private replace(index: number, worker: Worker, err: Error) {
    const slot = this.slots[index];
    if (!slot || slot.worker !== worker) return;
    worker.removeAllListeners();
    if (slot.task) {
      clearTimeout(slot.task.timer);
      slot.task.reject(err);
      slot.task = undefined;
    }
    slot.worker = this.spawn(index);
    slot.ready = false;
    slot.generation += 1;
    this.pump();
  }

  private pump() {
    for (let i = 0; i < this.queue.length; i++) {
      const task = this.queue[i]!;
      const index = task.worker ?? this.slots.findIndex((s) => s.ready && !s.task);
      const slot = this.slots[index];
      if (!slot || !slot.ready || slot.task) continue;
      this.queue.splice(i--, 1);
      const id = this.nextId++;
      const timer = setTimeout(() => this.timeout(index, id), this.timeoutMs);
      slot.task = { ...task, id, timer };
      slot.worker.postMessage({ ...task.message, id });
    }
  }

  private timeout(index: number, id: number) {
    const slot = this.slots[index];
    if (!slot?.task || slot.task.id !== id) return;
    const old = slot.worker;
    const task = slot.task;
    clearTimeout(task.timer);
    slot.task = undefined;
    task.reject(new QueryTimeoutError(this.timeoutMs));
    // terminate() takes effect once the thread is back in JavaScript, i.e. after the statement.
    // The slot stays taken until then, so runaway statements never outnumber the pool's threads
    // (on two cores, replacing each at once let them pile up and starve the server).
    this.stopping += 1;
    slot.ready = false;
    void old.terminate().finally(() => {
      this.stopping -= 1;
      this.replace(index, old, new Error("read worker stopped"));
    });
  }

  private run(message: Message, worker?: number): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, worker, resolve, reject });
      this.pump();
    });
  }

  /** All rows of one query (at most maxRows; `truncated` says whether there were more). */
  async query(query: Sql, maxRows: number): Promise<QueryResult> {
    const reply = await this.run({ type: "query", sql: query.sql, values: query.values, maxRows });
    return { columns: reply.columns as string[], rows: reply.rows as Record<string, unknown>[], truncated: reply.truncated as boolean };
  }

  /**
   * Every row of one query, a batch at a time, through one cursor (one snapshot) on a worker;
   * each batch is read when the consumer asks for it, so memory holds one batch.
   */
  async *stream(query: Sql, batchSize: number): AsyncGenerator<RowBatch> {
    const stream = this.nextStream++;
    // A free worker if there is one; never one that is finishing a stopped statement.
    const free = this.slots.findIndex((s) => s.ready && !s.task);
    const ready = this.slots.findIndex((s) => s.ready);
    const index = free >= 0 ? free : ready >= 0 ? ready : stream % this.size;
    const generation = this.slots[index]!.generation;
    const opened = await this.run({ type: "open", stream, sql: query.sql, values: query.values }, index);
    const columns = opened.columns as string[];
    let done = false;
    try {
      while (!done) {
        if (this.slots[index]!.generation !== generation) throw new Error("the export's read worker was replaced");
        const batch = await this.run({ type: "next", stream, batchSize }, index);
        done = batch.done as boolean;
        const rows = batch.rows as unknown[][];
        if (rows.length) yield { columns, rows };
      }
    } finally {
      if (!done && this.slots[index]!.generation === generation) await this.run({ type: "close", stream }, index).catch(() => {});
    }
  }

  async close(): Promise<void> {
    const workers = this.slots.map((s) => s.worker);
    this.slots.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
