import { expect, test, type Page } from "@playwright/test";

/**
 * The facts table's toolbar and frame at desktop and phone width: the search box shows its whole
 * hint (it was cut to "Search place, quote, sou…"), nothing in the card reaches past its edge, and
 * a table wider than its card scrolls inside it and says so.
 */
test.slow();

const WIDTHS = [1280, 375];

/** How far each toolbar element and the table's frame reach past the right edge of the card (0 = inside). */
function overhangs(page: Page) {
  return page.getByRole("region", { name: "Aid facts" }).evaluate((card) => {
    const edge = card.getBoundingClientRect().right;
    const parts = [...card.querySelectorAll("input, a[download], h2, [data-testid=wide-table-frame]")];
    return Object.fromEntries(parts.map((el) => [el.tagName, Math.max(0, Math.round(el.getBoundingClientRect().right - edge))]));
  });
}

for (const width of WIDTHS) {
  test(`at ${width} px the facts search shows its whole hint and the toolbar stays in its card`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/aid");
    const card = page.getByRole("region", { name: "Aid facts" });
    const search = card.getByRole("searchbox", { name: "Search these facts" });
    await expect(card.getByTestId("facts-total")).toHaveText("1 fact");
    const fit = await search.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const needed = context.measureText(input.placeholder).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      return { needed: Math.ceil(needed), room: input.clientWidth, placeholder: input.placeholder };
    });
    expect(fit.placeholder).toMatch(/place.*quote.*source/i);
    expect(fit.room, `"${fit.placeholder}" needs ${fit.needed}px`).toBeGreaterThanOrEqual(fit.needed);
    expect(Object.values(await overhangs(page)).every((px) => px === 0), JSON.stringify(await overhangs(page))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  });
}

test("on a phone the aid facts table scrolls inside its card, with a cue and buttons that scroll it", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/aid");
  const card = page.getByRole("region", { name: "Aid facts" });
  await expect(card.getByTestId("facts-total")).toHaveText("1 fact");
  const frame = card.getByTestId("wide-table-frame");
  const cue = card.getByTestId("wide-table-cue");
  await expect(cue).toContainText("More columns to the right");
  // Keyboard users can reach the frame to scroll it with the arrow keys.
  await expect(frame).toHaveAttribute("tabindex", "0");
  await card.getByRole("button", { name: "Show the columns to the right" }).click();
  await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
  await expect(card.getByRole("button", { name: "Show the columns to the left" })).toBeEnabled();
  // At the far end the cue points back.
  await frame.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(cue).toContainText("More columns to the left");
  await expect(card.getByRole("button", { name: "Show the columns to the right" })).toBeDisabled();
});

test("a table that fits shows no cue and adds no tab stop", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/aid");
  const card = page.getByRole("region", { name: "Aid facts" });
  await expect(card.getByTestId("facts-total")).toHaveText("1 fact");
  await expect(card.locator("tbody tr")).toHaveCount(1);
  await expect(card.getByTestId("wide-table-cue")).toHaveCount(0);
  await expect(card.getByTestId("wide-table-frame")).not.toHaveAttribute("tabindex", "0");
});
