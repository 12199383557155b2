import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateSqlite } from "@/lib/db/migrate";

const FIXTURES = path.join(process.cwd(), "tests/fixtures/dispatches/dev");
let dir: string;
let dbFile: string;

function ingest(...args: string[]) {
  return spawnSync(path.join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/ingest.ts", ...args], {
    env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
    encoding: "utf8",
  });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "factboard-ingest-"));
  dbFile = path.join(dir, "db.sqlite");
  migrateSqlite(dbFile);
  const inbox = path.join(dir, "inbox");
  fs.mkdirSync(path.join(inbox, "nested"), { recursive: true });
  const belgorod = fs.readFileSync(path.join(FIXTURES, "belgorod-strike.txt"), "utf8");
  fs.writeFileSync(path.join(inbox, "belgorod.txt"), `---\ntitle: Belgorod strike\npublisher: Test Wire\npublished: 2023-12-30\n---\n${belgorod}`);
  fs.copyFileSync(path.join(FIXTURES, "aid-roundup.txt"), path.join(inbox, "nested", "aid.txt"));
  fs.writeFileSync(path.join(inbox, "nested", "aid.meta.json"), JSON.stringify({ title: "Aid round-up", published: "2024-05-10" }));
  fs.writeFileSync(path.join(inbox, "undated.txt"), "A dispatch without any date in its metadata, which the CLI must refuse by name.");
  fs.writeFileSync(path.join(inbox, "notes.csv"), "ignored,file\n");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const count = (sql: string) => {
  const db = new Database(dbFile, { readonly: true });
  const n = (db.prepare(sql).get() as { n: number }).n;
  db.close();
  return n;
};

// Each case starts tsx processes: seconds apiece, more on a busy machine.
describe("npm run ingest", { timeout: 90_000 }, () => {
  it("stores good files as proposed facts, names the bad one, and exits 2", () => {
    const run = ingest(path.join(dir, "inbox"));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/undated\.txt: no publication date/);
    expect(run.stdout).toMatch(/^2 dispatches new, 0 already present, \d+ facts proposed, 0 corroborating existing facts, 1 input failed$/m);
    expect(count(`SELECT COUNT(*) AS n FROM "Source"`)).toBe(2);
    expect(count(`SELECT COUNT(*) AS n FROM "Fact" WHERE "status" <> 'proposed'`)).toBe(0);
    expect(count(`SELECT COUNT(*) AS n FROM "Source" WHERE "title" = 'Belgorod strike' AND "publisher" = 'Test Wire'`)).toBe(1);
    expect(count(`SELECT COUNT(*) AS n FROM "Source" WHERE "title" = 'Aid round-up' AND "publishedAt" = '2024-05-10'`)).toBe(1);
  });

  it("is idempotent by content: a second run adds nothing", () => {
    const facts = count(`SELECT COUNT(*) AS n FROM "Fact"`);
    const run = ingest(path.join(dir, "inbox", "belgorod.txt"), path.join(dir, "inbox", "nested"));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/0 dispatches new, 2 already present, 0 facts proposed/);
    expect(count(`SELECT COUNT(*) AS n FROM "Fact"`)).toBe(facts);
  });

  it("--published dates files that carry no date; bad arguments exit 2 with a message", () => {
    expect(ingest(path.join(dir, "inbox", "undated.txt"), "--published", "2024-01-05").status).toBe(0);
    const bad = ingest(path.join(dir, "inbox"), "--published", "2024-13-01");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/invalid --published "2024-13-01"/);
    const none = ingest();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/usage: npm run ingest/);
    const missing = ingest(path.join(dir, "nope"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope: no such file or folder/);
  });
});
