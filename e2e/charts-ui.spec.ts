import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";

/** Counts history entries the page pushes (nuqs writes the URL with history.pushState). */
async function countPushes(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __pushes: string[] };
    w.__pushes = [];
    const push = history.pushState.bind(history);
    history.pushState = (data, unused, url) => {
      w.__pushes.push(String(url));
      push(data, unused, url);
    };
  });
  return () => page.evaluate(() => (window as unknown as { __pushes: string[] }).__pushes);
}

// A shared two-core machine: builds elsewhere can slow a page's first paint past the defaults.
test.slow();

test("typing a date writes one history entry, not one per keystroke", async ({ page }) => {
  await page.goto("/injuries");
  await expect(page.getByRole("heading", { name: "Injuries", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: /as SVG/ }).first()).toBeEnabled({ timeout: 30_000 });
  const pushes = await countPushes(page);
  const from = page.getByLabel("From");
  await from.focus();
  // Chromium's date field in en-US: month, day, year, typed as a person types them.
  await page.keyboard.type("09012023", { delay: 60 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/from=2023-09-01/);
  await page.waitForTimeout(1200);
  const urls = await pushes();
  expect(urls.filter((u) => u.includes("from="))).toHaveLength(1);
  expect(urls.join(" ")).not.toMatch(/from=0/);
});

test("the country picker is a combobox: arrows move, Enter picks, Escape closes and keeps focus", async ({ page }) => {
  await page.goto("/");
  const button = page.getByRole("button", { name: /Countries/ });
  await button.click();
  const combo = page.getByRole("combobox", { name: "Search countries" });
  await expect(combo).toBeFocused();
  await combo.fill("rom");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await expect(combo).toHaveAttribute("aria-activedescendant", /.+/);
  const active = await combo.getAttribute("aria-activedescendant");
  await expect(page.locator(`[id="${active}"]`)).toContainText("Romania");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/country=RO/);
  await expect(page.getByRole("option", { name: /Romania/ })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Escape");
  await expect(combo).toBeHidden();
  await expect(button).toBeFocused();
});

/** Donors and places around the globe, Fiji and Alaska on either side of the antimeridian. */
const WORLD_ROWS = [
  { key: "Kyiv", country: "UA", region: null, lat: 50.45, lon: 30.52, facts: 40 },
  { key: "Tokyo", country: "JP", region: null, lat: 35.69, lon: 139.69, facts: 5 },
  { key: "Seoul", country: "KR", region: null, lat: 37.57, lon: 126.98, facts: 4 },
  { key: "Canberra", country: "AU", region: null, lat: -35.28, lon: 149.13, facts: 3 },
  { key: "Suva", country: "FJ", region: null, lat: -18.14, lon: 178.44, facts: 2 },
  { key: "Anchorage", country: "US", region: null, lat: 61.22, lon: -149.9, facts: 2 },
  { key: "Ottawa", country: "CA", region: null, lat: 45.42, lon: -75.7, facts: 6 },
];

test("the map keeps every circle in frame, and its places are one Tab stop with arrows between them", async ({ page }) => {
  await page.route("**/api/series?*by=place*", (route) => route.fulfill({ json: { metrics: ["facts"], by: "place", split: null, rows: WORLD_ROWS } }));
  await page.goto("/map?status=all");
  const map = page.getByRole("group", { name: /World map/ });
  await expect(map.locator("circle").first()).toBeVisible({ timeout: 30_000 });
  const frame = await map.boundingBox();
  const circles = await map.locator("circle").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  expect(circles.length).toBe(WORLD_ROWS.length);
  for (const c of circles) {
    expect(c.left).toBeGreaterThanOrEqual(frame!.x - 0.5);
    expect(c.right).toBeLessThanOrEqual(frame!.x + frame!.width + 0.5);
    expect(c.top).toBeGreaterThanOrEqual(frame!.y - 0.5);
    expect(c.bottom).toBeLessThanOrEqual(frame!.y + frame!.height + 0.5);
  }
  expect(await map.locator("circle[tabindex='0']").count()).toBe(1);
  await map.locator("circle[tabindex='0']").focus();
  const first = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
  await page.keyboard.press("ArrowRight");
  const second = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
  expect(second).toBeTruthy();
  expect(second).not.toBe(first);
  await expect(page.getByRole("dialog")).toBeVisible();
});

test("a chart downloads as SVG and PNG carrying its title, filters, source and citation", async ({ page }) => {
  await page.goto("/injuries?country=UA");
  const card = page.getByRole("region", { name: /by place/ }).first();
  await expect(card.getByRole("button", { name: /as SVG/ })).toBeEnabled({ timeout: 30_000 });
  const title = (await card.getByRole("heading").first().textContent()) ?? "";

  const [svgDownload] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: /as SVG/ }).click()]);
  expect(svgDownload.suggestedFilename()).toMatch(/^factboard-.*\.svg$/);
  const svg = fs.readFileSync((await svgDownload.path())!, "utf8");
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain(title.replace(/&/g, "&amp;"));
  expect(svg).toContain("Ukraine");
  expect(svg).toContain("Source: Factboard");
  expect(svg).toContain("Data through 13 Sep 2023");
  expect(svg).toMatch(/Factboard, “[^”]+” \(Ukraine/);
  expect(svg).toContain("<rect");

  const [pngDownload] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: /as PNG/ }).click()]);
  const png = fs.readFileSync((await pngDownload.path())!);
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.length).toBeGreaterThan(5000);
});

test("the site has a favicon and link-preview tags", async ({ page, request }) => {
  expect((await request.get("/favicon.ico")).status()).toBe(200);
  await page.goto("/");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Factboard");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
});
