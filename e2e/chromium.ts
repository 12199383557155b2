import fs from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/**
 * Debian's Chromium where it is installed (these machines cannot download Playwright's own),
 * CHROMIUM_PATH to point elsewhere, Playwright's bundled browser otherwise (a laptop).
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const executablePath = candidates.find((p) => fs.existsSync(p));
  return {
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  };
}
