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
  /** A Bearer token for scripts, acting as an admin; people sign in with accounts (npm run users). */
  ADMIN_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /**
   * "1" when the app runs behind a reverse proxy that sets X-Forwarded-For/-Host/-Proto: only
   * then are those headers believed (client address for rate limits, origin for the write check,
   * Secure cookies).
   */
  TRUST_PROXY: z.enum(["0", "1"], { error: 'expected "1" (behind a proxy that sets X-Forwarded-*) or "0"' }).default("0"),
  /** Overrides the shipped ECB history (reference/ecb/eurofxref-hist.csv) used to convert aid to euros. */
  ECB_RATES_FILE: z.string().min(1).optional(),
  /** "1" lets URL ingest and feeds reach loopback and private addresses: for tests only. */
  ALLOW_PRIVATE_FETCH: z
    .enum(["0", "1"], { error: 'expected "1" (allow fetching private addresses, for tests) or "0"' })
    .default("0")
    .transform((v) => v === "1"),
  /** Minutes between two polls of a feed by `npm run feeds -- watch`. */
  FEED_INTERVAL: z.coerce
    .number({ error: "expected a number of minutes" })
    .int("expected a whole number of minutes")
    .min(1, "expected at least 1 minute")
    .max(1440, "expected at most 1440 minutes (a day)")
    .default(15),
  /** Milliseconds between two requests to the same host (politeness); tests set 0. */
  FEED_HOST_DELAY_MS: z.coerce.number({ error: "expected milliseconds" }).int().min(0).max(60_000).default(1000),
  /** Worker threads for heavy SQLite reads (series, fact pages, exports); see lib/db/read-pool. */
  // Default: one core left for the main thread, which answers every light request.
  READ_WORKERS: z.coerce.number().int("must be a whole number").min(1, "at least 1").max(32, "at most 32").default(Math.max(1, os.cpus().length - 1)),
  /** Time limit of one heavy read statement, in milliseconds. */
  QUERY_TIMEOUT_MS: z.coerce.number().int("must be a whole number").min(100, "at least 100").max(600_000, "at most 600000").default(15_000),
  /** Heavy requests (series, fact lists, exports) in flight at once: over all clients, and per client. */
  HEAVY_REQUESTS_TOTAL: z.coerce.number().int("must be a whole number").min(1, "at least 1").max(1000, "at most 1000").default(8),
  // 6: what one browser opens to one site over HTTP/1.1, so a dashboard page firing its charts at
  // once fits; a client holding more connections than a browser would is told to wait.
  HEAVY_REQUESTS_PER_CLIENT: z.coerce.number().int("must be a whole number").min(1, "at least 1").max(1000, "at most 1000").default(6),
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
