import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Two cores: one browser at a time keeps timings honest.
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    baseURL,
    timezoneId: "UTC",
    acceptDownloads: true,
    launchOptions: chromiumLaunchOptions(),
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // A production build on a throw-away database seeded with the sample dispatch.
    command: `sh scripts/e2e-server.sh ${PORT}`,
    url: `${baseURL}/api/countries`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
