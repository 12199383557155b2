import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    env: { TZ: "UTC" },
    // Integration tests each migrate their own SQLite file; forks keep native modules apart.
    pool: "forks",
    testTimeout: 20_000,
  },
});
