import os from "node:os";
import path from "node:path";
import { z } from "zod";

/**
 * The environment, validated once. Nothing else reads process.env, so a wrong variable is
 * reported here with its name and the shape it should have.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'expected "file:./path/to.db" (SQLite) or "postgresql://user:pass@host/db"')
    .default("file:./data/factboard.db"),
  ADMIN_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The ECB's eurofxref-hist.csv, for converting aid to euros; none is shipped (see README). */
  ECB_RATES_FILE: z.string().min(1).optional(),
  /** Worker threads for heavy SQLite reads (series, fact pages, exports); see lib/db/read-pool. */
  // Default: one core left for the main thread, which answers every light request.
  READ_WORKERS: z.coerce.number().int("must be a whole number").min(1, "at least 1").max(32, "at most 32").default(Math.max(1, os.cpus().length - 1)),
  /** Time limit of one heavy read statement, in milliseconds. */
  QUERY_TIMEOUT_MS: z.coerce.number().int("must be a whole number").min(100, "at least 100").max(600_000, "at most 600000").default(15_000),
  /** Heavy requests (series, fact lists, exports) in flight at once: over all clients, and per client. */
  HEAVY_REQUESTS_TOTAL: z.coerce.number().int("must be a whole number").min(1, "at least 1").max(1000, "at most 1000").default(8),
  HEAVY_REQUESTS_PER_CLIENT: z.coerce.number().int("must be a whole number").min(1, "at least 1").max(1000, "at most 1000").default(3),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/** "file:./data/x.db" → absolute path of the SQLite file, relative to the project root. */
export function sqliteFilePath(url: string): string {
  const file = url.replace(/^file:/, "");
  return path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

export function databaseProvider(url: string): "sqlite" | "postgresql" {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}
