// Next's own rules (core web vitals: React, hooks, jsx-a11y, @next/next) and its TypeScript rules.
// `npm run lint` runs it; `npm test` runs it first and counts it as one check.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // `_name` marks an argument or binding kept for its position (route handler signatures, destructuring).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
    },
  },
  globalIgnores([".next/**", ".next-*/**", "out/**", "build/**", "next-env.d.ts", "lib/db/generated/**", "test-results/**", "playwright-report/**", ".test-results/**", "bench/results/**", "data/**"]),
]);
