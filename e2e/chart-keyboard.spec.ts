import { expect, test, type Page } from "@playwright/test";

/** The element that has focus: its tag, its accessible name, and whether it lies inside the chart. */
async function focused(page: Page, chartName: string) {
  return page.evaluate((name) => {
    const el = document.activeElement;
    const chart = [...document.querySelectorAll('[role="group"]')].find((g) => g.getAttribute("aria-label") === name);
    return { tag: el?.tagName.toLowerCase() ?? "", label: el?.getAttribute("aria-label") ?? el?.textContent?.trim().slice(0, 60) ?? "", inChart: Boolean(chart && el && chart.contains(el)), body: el === document.body };
  }, chartName);
}

test("each chart is one Tab stop: arrows walk the bars, Tab leaves for the next control", async ({ page }) => {
  await page.goto("/injuries");
  const name = "Injuries by place";
  const chart = page.getByRole("group", { name });
  const marks = chart.getByRole("img");
  await expect(marks).toHaveCount(6); // two places × injured, serious, killed ("not stated" included)
  // Only one mark is in the tab order.
  expect(await marks.evaluateAll((els) => els.filter((e) => e.getAttribute("tabindex") === "0").length)).toBe(1);

  await marks.first().focus();
  await expect(page.getByRole("dialog")).toContainText("Sevastopol");
  await page.keyboard.press("ArrowRight");
  await expect(marks.nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(marks.last()).toBeFocused();
  await expect(page.getByRole("dialog")).toContainText("Izmail");
  await page.keyboard.press("Home");
  await expect(marks.first()).toBeFocused();

  // Tab goes past the other bars (and the hover tooltip) to the next control, never to the page body.
  await page.keyboard.press("Tab");
  const next = await focused(page, name);
  expect(next.inChart).toBe(false);
  expect(next.body).toBe(false);
  expect(next.tag).toMatch(/^(a|button|input|select|summary)$/);

  // Shift+Tab comes back to the bar that was active.
  await page.keyboard.press("Shift+Tab");
  await expect(marks.first()).toBeFocused();
});

test("Enter pins a bar's tooltip and moves focus into it, so its source link can be followed; Escape returns to the bar", async ({ page }) => {
  await page.goto("/injuries");
  const chart = page.getByRole("group", { name: "Injuries by place" });
  const bar = chart.getByRole("img", { name: /Sevastopol \(Crimea\)\. Injured: 24/ }).first();
  await bar.focus();
  await page.keyboard.press("Enter");
  const tooltip = page.getByRole("dialog", { name: /Sevastopol/ });
  await expect(tooltip).toContainText("injured 24 people");
  await expect(tooltip).toBeFocused();
  const source = tooltip.getByRole("link", { name: /Kim Jong Un/ });
  await expect(source).toBeVisible();
  // Tab reaches the close button, then the source link.
  for (let i = 0; i < 3 && !(await source.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(source).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(bar).toBeFocused();
});

test("the drones page has one Tab stop per chart, not one per bar", async ({ page }) => {
  await page.goto("/drones");
  await expect(page.getByRole("group", { name: "Drones shot down over time by claimant" })).toBeVisible();
  // The sample's drone reports state no launched total beside a shot-down count, so only the
  // claims chart has marks; each chart is at most one stop however many marks it draws.
  const perChart = await page.evaluate(() => [...document.querySelectorAll('svg[role="group"]')].map((g) => g.querySelectorAll('[tabindex="0"]').length));
  expect(perChart.length).toBeGreaterThan(0);
  expect(Math.max(...perChart)).toBe(1);
});

test("the facts table lists the newest facts first and says how many there are in all", async ({ page }) => {
  await page.goto("/injuries");
  const table = page.getByRole("region", { name: "Injury facts" });
  await expect(table.getByTestId("facts-total")).toHaveText("2 facts");
  const dates = await table.locator("tbody tr td:first-child").allTextContents();
  expect(dates).toHaveLength(2);
  expect(dates).toEqual([...dates].sort().reverse());
  await table.getByRole("searchbox", { name: "Search these facts" }).fill("shipyard");
  await expect(table.getByTestId("facts-total")).toHaveText("1 fact match “shipyard”");
  await expect(table.locator("tbody tr")).toHaveCount(1);
});
