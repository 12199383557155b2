/**
 * Screenshots of every page at desktop and phone width, light and dark, for looking at what we
 * build (and for the README). Usage: tsx scripts/screenshots.ts [BASE_URL] [OUT_DIR] [PATH...]
 */
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";

const [base = "http://localhost:3000", outDir = "/tmp/factboard-shots", ...only] = process.argv.slice(2);
const pages = only.length ? only : ["/", "/injuries", "/drones", "/aid", "/shelters", "/map", "/sources", "/sources/1"];
const viewports = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 375, height: 812 },
];

const browser = await chromium.launch(chromiumLaunchOptions());
for (const scheme of ["light", "dark"] as const) {
  for (const vp of viewports) {
    const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(`${base}${path}`, { waitUntil: "load" });
      await page.waitForFunction(() => !document.body.innerText.includes("Loading"), null, { timeout: 10_000 }).catch(() => {});
      await page.waitForTimeout(300);
      const name = `${path === "/" ? "overview" : path.slice(1).replace(/[/?=&]/g, "_")}-${vp.name}-${scheme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(`${name}${overflow > 0 ? `  ⚠ overflows by ${overflow}px` : ""}`);
    }
    await context.close();
  }
}
await browser.close();
