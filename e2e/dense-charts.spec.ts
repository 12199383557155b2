import { expect, test } from "@playwright/test";

/**
 * A chart with thousands of bar segments (weeks × claimants over years, as a million facts give)
 * paints them on a canvas and keeps one hover/keyboard target per week. The e2e database holds
 * the sample dispatch only, so this test answers the chart's one series request with a dense
 * series of the API's shape; everything else on the page comes from the real server.
 */
const WEEKS = 160;
const CLAIMANTS = ["UA", "RU", "PL", "RO", "MD"];

function mondays(count: number): string[] {
  const first = Date.parse("2022-01-03T00:00:00Z");
  return Array.from({ length: count }, (_, i) => new Date(first + i * 7 * 86_400_000).toISOString().slice(0, 10));
}

test("a dense stacked chart is painted on a canvas with one target per week", async ({ page }) => {
  const rows = mondays(WEEKS).flatMap((week, w) =>
    CLAIMANTS.map((claimant, c) => ({ key: week, split: claimant, facts: 1 + c, drones_shot_down: 10 + ((w * 7 + c * 13) % 40), exampleFactId: 1 })),
  );
  await page.route(/\/api\/series\?.*split=claimant/, (route) =>
    route.fulfill({ json: { metrics: ["drones_shot_down"], by: "week", split: "claimant", rows } }),
  );
  await page.goto("/drones");
  const chart = page.getByRole("group", { name: "Drones shot down over time by claimant" });
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

  await targets.nth(80).focus();
  const tooltip = page.getByRole("dialog");
  await expect(tooltip).toBeVisible();
  for (const name of ["Ukraine", "Russia", "Poland", "Romania", "Moldova"]) await expect(tooltip).toContainText(`Claimed by ${name}`);
});
