import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// scripts/e2e-server.sh creates these accounts on its throw-away database.
const PASSWORD = process.env.E2E_PASSWORD ?? "e2e-reviewer-password-0123";
const REVIEWER = "e2e.reviewer";
const ADMIN = "e2e.admin";
const FIXTURE = fs.readFileSync("tests/fixtures/dispatches/dev/belgorod-strike.txt", "utf8");
// As the server stores it: line breaks normalized, trimmed. Offsets count in this string.
const STORED = FIXTURE.replace(/\r\n?/g, "\n").trim();

// Each sign-in hashes a password with scrypt (a fraction of a second idle, seconds on a busy
// two-core machine), and these tests sign in several times.
test.describe.configure({ timeout: 90_000 });

async function logIn(page: Page, next = "/review", account = REVIEWER) {
  await page.goto(`/login?next=${next}`);
  await page.getByLabel("Account name").fill(account);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(next);
}

/** Pastes the Belgorod dispatch and lands on its review page (stored now or before). */
async function pasteDispatch(page: Page) {
  await page.getByLabel(/Text of the dispatch/).fill(FIXTURE);
  await page.getByLabel(/Published on/).fill("2023-12-30");
  await page.getByLabel(/Publisher/).fill("E2E wire");
  await page.getByRole("button", { name: "Store and extract facts" }).click();
  await expect(page).toHaveURL(/\/review\/\d+(\?stored=before)?$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { name: /Russia says 14 killed/, level: 1 })).toBeVisible();
}

/** Selects the stored text from the start of `from` to the end of `to`, as a reader's drag would. */
async function selectText(page: Page, from: string, to: string) {
  await page.evaluate(
    ({ from, to }) => {
      const root = document.querySelector("section[aria-labelledby='text-heading']")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? "";
        if (!started && value.includes(from)) {
          range.setStart(node, value.indexOf(from));
          started = true;
        }
        if (started && value.includes(to)) {
          range.setEnd(node, value.indexOf(to) + to.length);
          break;
        }
      }
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    { from, to },
  );
}

test("the review page is only for a signed-in reviewer", async ({ page }) => {
  await page.goto("/review");
  await expect(page).toHaveURL(/\/login\?next=%2Freview|\/login\?next=\/review/);
  await page.getByLabel("Account name").fill("mallory");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Next's route announcer is an alert too: look for ours by its words.
  await expect(page.getByRole("alert").filter({ hasText: "password" })).toHaveText("That account name and password do not match an active account.");
  await page.goto("/review/1");
  await expect(page).toHaveURL(/\/login\?next=(%2F|\/)review(%2F|\/)1/);
});

test("a reviewer pastes a dispatch, edits and verifies its facts, and the Injuries chart shows them", async ({ page }) => {
  await logIn(page);
  await expect(page.getByText("Signed in as E2E reviewer")).toBeVisible();
  await pasteDispatch(page);

  // Proposed facts do not count yet.
  const reviewUrl = page.url();
  await page.goto("/injuries");
  const card = page.getByRole("region", { name: /by place/ });
  await card.getByRole("button", { name: "Table" }).click();
  await expect(card.getByRole("table")).toContainText("Sevastopol");
  await expect(card.getByRole("table")).not.toContainText("Belgorod");
  await page.goto(reviewUrl);

  // Edit a number: the history says who changed what.
  const injury = page.getByRole("article", { name: /Fact \d+: Injury/ }).first();
  await expect(injury).toContainText("Proposed");
  const serious = injury.getByRole("spinbutton", { name: "Of whom serious" });
  const before = Number((await serious.inputValue()) || "0");
  await serious.fill(String(before + 1));
  await injury.getByRole("button", { name: "Save edits" }).click();
  await expect(injury.getByRole("listitem").first()).toContainText(`E2E reviewer ${before ? `changed serious from ${before} to` : "set serious to"} ${before + 1}`);

  // A value the contract refuses: the server's message, naming the field, beside the form.
  await injury.getByRole("textbox", { name: "Country", exact: true }).fill("R");
  await injury.getByRole("button", { name: "Save edits" }).click();
  await expect(injury.getByRole("alert")).toContainText("country");
  await injury.getByRole("button", { name: "Discard edits" }).click();

  await injury.getByRole("button", { name: "Verify" }).click();
  await expect(injury).toContainText("Verified");
  await expect(injury.getByRole("button", { name: "Back to proposed" })).toBeVisible();

  const verifyAll = page.getByRole("button", { name: /Verify all \d+ proposed/ });
  if (await verifyAll.isVisible()) await verifyAll.click();
  await expect(page.getByText(/^0 to review · \d+ verified/)).toBeVisible();

  await page.goto("/injuries?status=verified");
  await card.getByRole("button", { name: "Table" }).click();
  await expect(card.getByRole("table")).toContainText("Belgorod");
  await expect(card.getByRole("table")).toContainText("108");
});

test("a reviewer adds a fact by selecting its sentence, with offsets into the stored text", async ({ page }) => {
  await logIn(page);
  await pasteDispatch(page);
  // The same text again is not stored twice: the reviewer is taken to the dispatch as it stands.
  const first = page.url().replace(/\?.*$/, "");
  await page.goto("/review");
  await pasteDispatch(page);
  expect(page.url()).toBe(`${first}?stored=before`);
  await expect(page.getByRole("status").filter({ hasText: "already stored" })).toBeVisible();

  // A selection that starts inside a highlighted quote maps back to the stored text exactly.
  await selectText(page, "the regional governor said.", '"The number of injured');
  await page.getByRole("button", { name: "Add fact from selection" }).click();
  const panel = page.getByRole("region", { name: "Add fact from selection" });
  const start = STORED.indexOf("the regional governor said.");
  const end = STORED.indexOf('"The number of injured') + '"The number of injured'.length;
  await expect(panel).toContainText(`Characters ${start}–${end} of the text`);
  await panel.getByRole("button", { name: "Cancel" }).click();

  const sentence = '"The number of injured has risen to 108, 15 of them are in serious condition," governor Vyacheslav Gladkov wrote on Telegram.';
  await selectText(page, '"The number of injured', "wrote on Telegram.");
  await page.getByRole("button", { name: "Add fact from selection" }).click();
  await expect(panel.locator("blockquote")).toHaveText(`“${sentence}”`);
  await panel.getByRole("combobox", { name: "Kind" }).selectOption("injury");
  await panel.getByRole("textbox", { name: "Place" }).fill("Belgorod");
  await panel.getByRole("spinbutton", { name: "Injured" }).fill("108");
  await panel.getByRole("spinbutton", { name: "Of whom serious" }).fill("15");
  await panel.getByRole("button", { name: "Add fact" }).click();

  const added = page.getByRole("article").filter({ hasText: "added it from a selection" });
  await expect(added).toBeVisible();
  await expect(added).toContainText(sentence);
  await expect(added).toContainText("Verified");
  await expect(added).toBeFocused();
});

test("the review pages have no serious accessibility violations and fit a phone", async ({ page }) => {
  await logIn(page);
  await page.getByRole("link", { name: /Russia says 14 killed/ }).first().click();
  await expect(page).toHaveURL(/\/review\/\d+$/);
  const detail = page.url();
  for (const url of ["/review", detail]) {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: colorScheme === "dark" ? 375 : 1280, height: 800 });
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(serious, `${url} (${colorScheme})`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), url).toBeLessThanOrEqual(0);
    }
  }
});

test("an admin sees the accounts and sessions; a reviewer is sent back to review", async ({ page }) => {
  await logIn(page, "/admin/users", ADMIN);
  await expect(page.getByRole("heading", { name: "Accounts and sessions", level: 1 })).toBeVisible();
  const accounts = page.getByRole("table").first();
  await expect(accounts.getByRole("row", { name: /e2e\.reviewer/ })).toContainText("E2E reviewer");
  await expect(page.getByText("(this browser)")).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.getByRole("button", { name: "Log out" }).click();
  await logIn(page, "/review");
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/review$/);
});
