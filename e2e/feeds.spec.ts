import { expect, test, type Page } from "@playwright/test";

// scripts/e2e-server.sh creates this admin account on its throw-away database.
const PASSWORD = process.env.E2E_PASSWORD ?? "e2e-reviewer-password-0123";
// Signing in hashes a password with scrypt: seconds on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });
// Set FEEDS_SCREENSHOTS=/some/dir to keep pictures of the pages at 1280 and 375 px, light and dark.
const SHOTS = process.env.FEEDS_SCREENSHOTS;

async function logIn(page: Page, next: string) {
  await page.goto(`/login?next=${next}`);
  await page.getByLabel("Account name").fill("e2e.admin");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(next);
}

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/${name}-${width}-${scheme}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("an admin follows a feed at /feeds, pauses, resumes and removes it", async ({ page }) => {
  await page.goto("/feeds");
  await expect(page).toHaveURL(/\/login\?next=(\/|%2F)feeds/);
  await logIn(page, "/feeds");
  await expect(page.getByRole("heading", { name: "Feeds", level: 1 })).toBeVisible();

  await page.getByLabel(/Feed address/).fill("not an address");
  await page.getByLabel(/Feed address/).evaluate((el: HTMLInputElement) => (el.type = "text")); // let the server judge it
  await page.getByRole("button", { name: "Follow" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "expected a full address" })).toBeVisible();

  await page.getByLabel(/Feed address/).fill("https://wire.example.org/feed.xml");
  await page.getByLabel(/Name/).fill("Example Wire");
  await page.getByRole("button", { name: "Follow" }).click();
  const card = page.getByRole("listitem").filter({ hasText: "Example Wire" });
  await expect(card).toContainText("https://wire.example.org/feed.xml");
  await expect(card).toContainText("never");
  await expect(card.getByText("active", { exact: true })).toBeVisible();
  await shoot(page, "feeds");

  await card.getByRole("button", { name: "Pause" }).click();
  await expect(card.getByText("paused", { exact: true })).toBeVisible();
  await card.getByRole("button", { name: "Resume" }).click();
  await expect(card.getByText("active", { exact: true })).toBeVisible();

  page.once("dialog", (d) => d.accept());
  await card.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText("No feeds followed yet")).toBeVisible();
});

test("the /review URL form says why a page cannot be read", async ({ page }) => {
  await logIn(page, "/review");
  await shoot(page, "review-url-form");
  // The e2e server runs without ALLOW_PRIVATE_FETCH: its own address is refused before any request.
  await page.getByLabel(/Article address/).fill("http://127.0.0.1:9/article");
  await page.getByRole("button", { name: "Fetch and extract facts" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "127.0.0.1 is a private or loopback address" })).toBeVisible();
});
