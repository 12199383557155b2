import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { closeDb, getDb } from "@/lib/db/client";
import { migratePostgres, migrateSqlite } from "@/lib/db/migrate";
import { createPostgresDatabase, dropPostgresDatabase } from "@/lib/db/postgres-admin";
import { seedSample } from "@/lib/sample/seed-sample";
import { loadSynthetic } from "@/scripts/synthetic/load-synthetic";

/**
 * Which database the integration tests run on. SQLite by default; with
 * TEST_DATABASE_PROVIDER=postgresql each test file gets a throw-away database on the server
 * TEST_POSTGRES_URL names (any database there the user can connect to, e.g. …/postgres).
 */
const testEnv = z
  .object({
    TEST_DATABASE_PROVIDER: z.enum(["sqlite", "postgresql"]).default("sqlite"),
    TEST_POSTGRES_URL: z.string().regex(/^postgres(ql)?:\/\//, 'expected "postgresql://user:pass@host:port/postgres"').optional(),
  })
  .refine((e) => e.TEST_DATABASE_PROVIDER !== "postgresql" || e.TEST_POSTGRES_URL, {
    message: "TEST_DATABASE_PROVIDER=postgresql needs TEST_POSTGRES_URL",
    path: ["TEST_POSTGRES_URL"],
  })
  .parse(process.env);

export const TEST_PROVIDER = testEnv.TEST_DATABASE_PROVIDER;
export const TEST_POSTGRES_URL = testEnv.TEST_POSTGRES_URL;

export interface TestDatabase {
  url: string;
  provider: "sqlite" | "postgresql";
  /** The SQLite file, when the provider is SQLite. */
  file?: string;
  cleanup: () => Promise<void>;
}

/** An empty, migrated database of the configured provider (not yet the process's DATABASE_URL). */
export async function createMigratedDatabase(provider = TEST_PROVIDER): Promise<TestDatabase> {
  if (provider === "postgresql") {
    const server = TEST_POSTGRES_URL!;
    const name = `factboard_test_${randomBytes(6).toString("hex")}`;
    const url = await createPostgresDatabase(server, name);
    await migratePostgres(url);
    return {
      url,
      provider,
      cleanup: async () => {
        await closeDb(url);
        await dropPostgresDatabase(server, name);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factboard-test-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  migrateSqlite(file);
  return {
    url,
    provider,
    file,
    cleanup: async () => {
      await closeDb(url);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A throw-away database migrated by the real runner and seeded with the sample dispatch.
 * Sets DATABASE_URL before any handler reads the environment, so route handlers use it too.
 */
export async function createSeededDatabase(): Promise<TestDatabase> {
  const db = await createMigratedDatabase();
  process.env.DATABASE_URL = db.url;
  await seedSample(getDb(db.url));
  return db;
}

/** A throw-away migrated database holding only synthetic facts (npm run db:synthetic's loader); sets DATABASE_URL too. */
export async function createSyntheticDatabase(options: Parameters<typeof loadSynthetic>[1]): Promise<TestDatabase> {
  const db = await createMigratedDatabase();
  process.env.DATABASE_URL = db.url;
  await loadSynthetic(db.url, options);
  return db;
}

/** Calls a route handler the way Next does, with a real Request. */
export function get(path: string): Request {
  return new Request(`http://localhost${path}`);
}
