import { expect, test, type Page } from "@playwright/test";

/**
 * The facts table's toolbar at desktop and phone width: the search box shows its whole hint (it
 * was cut to "Search place, quote, sou…") and nothing in the card reaches past its edge.
 */
test.slow();

const WIDTHS = [1280, 375];

/** How far each toolbar element reaches past the right edge of the card (0 = inside). */
function overhangs(page: Page) {
  return page.getByRole("region", { name: "Aid facts" }).evaluate((card) => {
    const edge = card.getBoundingClientRect().right;
    const parts = [...card.querySelectorAll("input, a[download], h2")];
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
