import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads a schema-engine binary before every command, which cannot work offline.
// Pointing it at a stub keeps `prisma generate` working; `migrate`/`db push` then fail loudly
// instead of pretending (we migrate with scripts/db-migrate.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts", "no-schema-engine.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
