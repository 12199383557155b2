import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULES } from "@/lib/auth/rate-limit";
import { getDb } from "@/lib/db/client";
import { addAccount } from "./accounts-helpers";
import { createSeededDatabase } from "./test-database";

/**
 * Rate limits and revoked sessions must hold across app processes on one database (two
 * servers behind one proxy): two separate Node processes run the real route handlers, and
 * only the database connects them. SQLite by default, PostgreSQL with TEST_DATABASE_PROVIDER.
 */

const PASSWORD = "correct horse battery";

interface Answer {
  id: number;
  pid: number;
  status: number;
  cookie?: string;
  retryAfter?: string | null;
  error?: string;
}

class AppProcess {
  private nextId = 1;
  private waiting = new Map<number, (a: Answer) => void>();
  readonly ready: Promise<number>;
  constructor(private readonly child: ChildProcess) {
    let markReady: (pid: number) => void;
    this.ready = new Promise((r) => (markReady = r));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const msg = JSON.parse(line) as Answer & { ready?: number };
      if (msg.ready) return markReady(msg.ready);
      this.waiting.get(msg.id)?.(msg);
      this.waiting.delete(msg.id);
    });
  }
  send(command: Record<string, unknown>): Promise<Answer> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.child.stdin!.write(`${JSON.stringify({ id, ...command })}\n`);
    });
  }
  stop() {
    this.child.kill();
  }
}

function startProcess(databaseUrl: string): AppProcess {
  const child = spawn("node_modules/.bin/tsx", ["tests/integration/two-process/handler-process.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, ADMIN_TOKEN: "two-process-admin-token-0123", TRUST_PROXY: "0", NODE_ENV: "production" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new AppProcess(child);
}

let db: Awaited<ReturnType<typeof createSeededDatabase>>;
let a: AppProcess;
let b: AppProcess;
let factId: number;

beforeAll(async () => {
  db = await createSeededDatabase();
  await addAccount("olena", "reviewer", PASSWORD);
  await addAccount("ivan", "reviewer", PASSWORD);
  factId = (await getDb().fact.findFirstOrThrow({ select: { id: true } })).id;
  [a, b] = [startProcess(db.url), startProcess(db.url)];
  const pids = await Promise.all([a.ready, b.ready]);
  expect(pids[0]).not.toBe(pids[1]);
}, 120_000);
afterAll(async () => {
  a?.stop();
  b?.stop();
  await db.cleanup();
});

describe("two app processes on one database", () => {
  it("a session signed in on one process and logged out on the other is refused by both", { timeout: 300_000 }, async () => {
    const signedIn = await a.send({ op: "login", name: "olena", password: PASSWORD, address: "192.0.2.1" });
    expect(signedIn.status).toBe(303);
    const cookie = signedIn.cookie!;
    expect((await b.send({ op: "patch", cookie, factId, status: "verified" })).status).toBe(200);
    expect((await b.send({ op: "logout", cookie })).status).toBe(303);
    expect((await a.send({ op: "patch", cookie, factId, status: "verified" })).status).toBe(401);
    expect((await b.send({ op: "patch", cookie, factId, status: "verified" })).status).toBe(401);
  });

  it("failed sign-ins counted on one process block the address on the other", { timeout: 300_000 }, async () => {
    const address = "192.0.2.77";
    for (let i = 0; i < RULES.loginPerAddress.free; i += 1) {
      const via = i % 2 === 0 ? a : b;
      expect((await via.send({ op: "login", name: `nobody${i}`, password: "wrong password", address })).status).toBe(303);
    }
    const over = await a.send({ op: "login", name: "nobody-x", password: "wrong password", address });
    expect(over.status).toBe(429);
    const right = await b.send({ op: "login", name: "olena", password: PASSWORD, address });
    expect(right.status).toBe(429);
    expect(Number(right.retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it("concurrent failures on both processes are all counted: exactly the free ones get through", { timeout: 300_000 }, async () => {
    const attempts = Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? a : b).send({ op: "login", name: "ivan", password: "wrong password", address: `192.0.2.${100 + i}` }));
    const statuses = (await Promise.all(attempts)).map((r) => r.status);
    expect(statuses.filter((s) => s === 303)).toHaveLength(RULES.loginPerAccount.free);
    expect(statuses.filter((s) => s === 429)).toHaveLength(8 - RULES.loginPerAccount.free);
  });
});
