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
  /** Overrides the shipped ECB history (reference/ecb/eurofxref-hist.csv) used to convert aid to euros. */
  ECB_RATES_FILE: z.string().min(1).optional(),
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
