import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchFact } from "@/app/api/facts/[id]/route";
import { getDb } from "@/lib/db/client";
import { createSeededDatabase, TEST_PROVIDER } from "./test-database";

/**
 * Issue 10, finding 2: a reviewer's write while another process writes must wait for the lock
 * and succeed, never fail with a 500 (SQLite refused a transaction that read before it wrote).
 */
const TOKEN = "test-admin-token-0123456789";
process.env.ADMIN_TOKEN = TOKEN;
const FIXTURES = path.join(process.cwd(), "tests/fixtures/dispatches");

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let factIds: number[] = [];

beforeAll(async () => {
  db = await createSeededDatabase();
  factIds = (await getDb(db.url).fact.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((f) => f.id);
});
afterAll(() => db.cleanup());

function patch(id: number, body: unknown) {
  const request = new Request(`http://localhost/api/facts/${id}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
  return patchFact(request, { params: Promise.resolve({ id: String(id) }) });
}

/** Many distinct dispatches (the fixtures, each made unique by a line of its own). */
function writeInbox(copies: number): string {
  const inbox = fs.mkdtempSync(path.join(os.tmpdir(), "factboard-inbox-"));
  const texts = ["dev", "heldout", "heldout2"].flatMap((d) =>
    fs.readdirSync(path.join(FIXTURES, d)).filter((f) => f.endsWith(".txt")).map((f) => fs.readFileSync(path.join(FIXTURES, d, f), "utf8")),
  );
  for (let i = 0; i < copies; i++) {
    const text = texts[i % texts.length]!;
    fs.writeFileSync(path.join(inbox, `d${i}.txt`), `---\ntitle: Copy ${i}\npublished: 2024-03-0${(i % 9) + 1}\n---\n${text}\n\nFiled as copy ${i}.\n`);
  }
  return inbox;
}

describe("writes wait, never fail", () => {
  it.skipIf(TEST_PROVIDER !== "sqlite")("a PATCH while another connection holds the write lock for 3 s waits and succeeds", async () => {
    const holder = new Database(db.file!);
    holder.exec("BEGIN IMMEDIATE");
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        holder.exec("COMMIT");
        holder.close();
        resolve();
      }, 3000),
    );
    const started = Date.now();
    const res = await patch(factIds[0]!, { status: "rejected" });
    const waited = Date.now() - started;
    await released;
    expect(res.status, await res.clone().text()).toBe(200);
    expect(waited).toBeGreaterThanOrEqual(2900);
    expect(((await res.json()) as { fact: { status: string } }).fact.status).toBe("rejected");
  }, 20_000);

  it("an ingest process and reviewers' PATCHes together: no PATCH fails and every dispatch is stored", async () => {
    const inbox = writeInbox(12);
    const child = spawn(path.join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/ingest.ts", inbox], {
      env: { ...process.env, DATABASE_URL: db.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    let running = true;
    void exited.then(() => (running = false));

    const statuses: number[] = [];
    const failures: string[] = [];
    for (let i = 0; running || i < 20; i++) {
      const id = factIds[i % factIds.length]!;
      const res = await patch(id, { status: i % 2 === 0 ? "verified" : "proposed" });
      statuses.push(res.status);
      if (res.status !== 200) failures.push(`${res.status} ${await res.text()}`);
      // The SQLite adapter answers without I/O, so a loop of awaits alone would never let the
      // child's exit event in: yield a turn, as the gaps between a reviewer's clicks do.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const code = await exited;
    fs.rmSync(inbox, { recursive: true, force: true });
    expect(code, output).toBe(0);
    expect(failures).toEqual([]);
    expect(statuses.length).toBeGreaterThan(20);
    expect(await getDb(db.url).source.count({ where: { title: { startsWith: "Copy " } } })).toBe(12);
  }, 180_000);
});
