import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDb } from "@/lib/db/client";
import { migrateSqlite } from "@/lib/db/migrate";
import { seedSample } from "@/lib/sample/seed-sample";

/**
 * A throw-away SQLite file migrated by the real runner and seeded with the sample dispatch.
 * Sets DATABASE_URL before any handler reads the environment, so route handlers use it too.
 */
export async function createSeededDatabase(): Promise<{ url: string; file: string; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factboard-test-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  process.env.DATABASE_URL = url;
  migrateSqlite(file);
  await seedSample(getDb(url));
  return {
    url,
    file,
    cleanup: async () => {
      await getDb(url).$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls a route handler the way Next does, with a real Request. */
export function get(path: string): Request {
  return new Request(`http://localhost${path}`);
}
