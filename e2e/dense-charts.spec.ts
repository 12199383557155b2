import { expect, test } from "@playwright/test";

/**
 * A chart with thousands of bar segments (weeks × kinds over years, as a million facts give)
 * paints them on a canvas and keeps one hover/keyboard target per week. The e2e database holds
 * the sample dispatch only, so this test answers the chart's one series request with a dense
 * series of the API's shape; everything else on the page comes from the real server.
 */
const WEEKS = 160;
const KINDS = ["injury", "drone", "aid", "shelter"];

function mondays(count: number): string[] {
  const first = Date.parse("2022-01-03T00:00:00Z");
  return Array.from({ length: count }, (_, i) => new Date(first + i * 7 * 86_400_000).toISOString().slice(0, 10));
}

test("a dense stacked chart is painted on a canvas with one target per week", async ({ page }) => {
  const rows = mondays(WEEKS).flatMap((week, w) =>
    KINDS.map((kind, c) => ({ key: week, split: kind, facts: 10 + ((w * 7 + c * 13) % 40), exampleFactId: 1 })),
  );
  await page.route(/\/api\/series\?.*split=kind/, (route) =>
    route.fulfill({ json: { metrics: ["facts"], by: "week", split: "kind", groups: 4, limit: 200, rows } }),
  );
  await page.goto("/");
  const chart = page.getByRole("group", { name: "Timeline of facts by kind" });
  await expect(chart).toBeVisible();

  const canvas = page.getByTestId("canvas-bars");
  await expect(canvas).toHaveCount(1);
  const painted = await canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const pixels = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) n++;
    return n / (c.width * c.height);
  });
  expect(painted).toBeGreaterThan(0.05);

  const targets = chart.getByRole("img");
  await expect(targets).toHaveCount(WEEKS);

  // One Tab stop: the first target; arrows (End, then Left) walk to the others.
  await targets.first().focus();
  await page.keyboard.press("End");
  await expect(targets.last()).toBeFocused();
  for (let i = 0; i < WEEKS - 1 - 80; i++) await page.keyboard.press("ArrowLeft");
  await expect(targets.nth(80)).toBeFocused();
  const tooltip = page.getByRole("dialog");
  await expect(tooltip).toBeVisible();
  for (const name of ["Injuries", "Drones", "Aid", "Shelters"]) await expect(tooltip).toContainText(name);
});
