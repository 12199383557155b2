import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

test("the overview shows the sample's totals and timeline", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  const injured = page.getByRole("link", { name: /People injured/ });
  await expect(injured).toContainText("30");
  await expect(page.getByRole("link", { name: /Aid in euros/ })).toContainText("€777M");
  await expect(page.getByRole("group", { name: "Timeline of facts by kind" })).toBeVisible();
  await expect(page.getByText(/Last updated \d{4}-\d{2}-\d{2}/)).toBeVisible();
});

test("filtering to Romania in the UI shows the shelters, survives a reload, and back undoes it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: /Countries/ }).click();
  await page.getByRole("option", { name: /Romania/ }).click();
  await expect(page).toHaveURL(/country=RO/);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("link", { name: /Shelters announced/ })).toContainText("2");
  await expect(page.getByRole("link", { name: /People injured/ })).toContainText("no facts");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Shelters" }).click();
  await expect(page).toHaveURL(/\/shelters\?country=RO/);
  await expect(page.getByRole("heading", { name: "Shelters", level: 1 })).toBeVisible();
  await expect(page.getByText(/Plauru/).first()).toBeVisible();

  await page.reload();
  await expect(page.getByRole("button", { name: /Countries.*Romania/ })).toBeVisible();
  await expect(page.getByText(/Plauru/).first()).toBeVisible();

  await page.goBack();
  await page.goBack();
  await expect(page).not.toHaveURL(/country=/);
  await expect(page.getByRole("button", { name: /Countries.*All countries/ })).toBeVisible();
});

test("the Injuries chart downloads exactly its rows as CSV", async ({ page }) => {
  // Ukraine only: the review tests add verified facts elsewhere, and test order must not matter.
  await page.goto("/injuries?country=UA");
  const card = page.getByRole("region", { name: /by place/ });
  await expect(card.getByRole("group", { name: "Injuries by place" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("factboard-series_kind-injury_country-UA_status-verified_injured-serious-killed_by-place.csv");
  const rows = parse(fs.readFileSync(await download.path(), "utf8"), { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => [r.place, r.injured, r.serious, r.killed])).toEqual([
    ["Sevastopol", "24", "", ""],
    ["Izmail", "6", "3", ""],
  ]);
});

test("a bar's tooltip shows the quote behind the number", async ({ page }) => {
  await page.goto("/injuries");
  const chart = page.getByRole("group", { name: "Injuries by place" });
  await chart.locator("g.cursor-pointer").first().click();
  const tooltip = page.getByRole("dialog", { name: /Sevastopol/ });
  await expect(tooltip).toContainText("Injured: 24");
  await expect(tooltip).toContainText("injured 24 people");
  await expect(tooltip.getByRole("link")).toHaveAttribute("href", /\/sources\/\d+#fact-\d+/);
});

test("a typed date range narrows the charts and shows an honest empty state", async ({ page }) => {
  await page.goto("/drones");
  await expect(page.getByRole("group", { name: /Drones shot down over time/ })).toBeVisible();
  await page.getByLabel("From").fill("2023-09-01");
  await expect(page).toHaveURL(/from=2023-09-01/);
  await expect(page.getByText(/No data under these filters/).first()).toBeVisible();
});

test("the table view lists the same rows as the chart", async ({ page }) => {
  await page.goto("/aid");
  const card = page.getByRole("region", { name: /Donors ranked/ });
  await card.getByRole("button", { name: "Table" }).click();
  await expect(card.getByRole("table")).toContainText("Denmark");
  await expect(card.getByRole("table")).toContainText("DKK 5.8B");
});

test("chart marks are reachable from the keyboard and show their tooltip", async ({ page }) => {
  await page.goto("/injuries");
  const chart = page.getByRole("group", { name: "Injuries by place" });
  await chart.getByRole("img", { name: /Sevastopol \(Crimea\)\. Injured: 24/ }).first().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: /Sevastopol/ })).toContainText("injured 24 people");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});
