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
      // The production build's minifier renamed a function in a for-loop's initializer but not in
      // its update clause (`f = nextInSection(d, f)`), which then threw "not defined" on the server.
      "no-restricted-syntax": ["error", {
        selector: "ForStatement > .update CallExpression[callee.type='Identifier']",
        message: "No function call in a for-loop's update clause (the production minifier miscompiles it): iterate with for…of over a helper such as followingInSection, or use a while loop.",
      }],
    },
  },
  {
    // Browser code reads a kind's definition (lib/kinds/<kind>/definition.ts), never its server part:
    // the rules and word lists would join the first-load JavaScript.
    files: ["components/**", "lib/vocabulary/**", "lib/query/**", "app/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{
          group: ["@/lib/kinds/server", "@/lib/kinds/*/server", "@/lib/extract/**", "**/kinds/server", "**/kinds/*/server", "**/lib/extract/**"],
          allowTypeImports: true,
          message: "Server code: client components import a kind's definition (lib/kinds), not its server part or extractor.",
        }],
      }],
    },
  },
  globalIgnores([".next/**", ".next-*/**", "out/**", "build/**", "next-env.d.ts", "lib/db/generated/**", "test-results/**", "playwright-report/**", ".test-results/**", "bench/results/**", "data/**"]),
]);
