import { expect, test, type Page } from "@playwright/test";
import { outboxDir, waitForMailLink } from "./mail-outbox";

// Runs against a production build on a seeded database (see scripts/test.mjs).
const PRICE = /\$\d{1,3}(,\d{3})*\.\d{2}/;

function medicineCards(page: Page) {
  return page.getByRole("list", { name: "Medicines" }).getByRole("listitem");
}

function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.healio.test`;
}

test.describe("catalogue", () => {
  test("home lists seeded medicines with prices and stock", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Medicines" })).toBeVisible();
    const cards = medicineCards(page);
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeGreaterThanOrEqual(10);

    for (const card of (await cards.all()).slice(0, 10)) {
      await expect(card.getByRole("heading", { level: 3 })).not.toBeEmpty();
      await expect(card).toContainText(PRICE);
      await expect(card).toContainText(/In stock|Only \d+ left|Out of stock/);
    }
    await expect(page.getByRole("navigation", { name: "Categories" }).getByRole("link").first()).toBeVisible();
  });

  test("load more appends the next page", async ({ page }) => {
    await page.goto("/");
    const cards = medicineCards(page);
    await expect(cards.first()).toBeVisible();
    const before = await cards.count();
    const loadMore = page.getByRole("button", { name: "Load more" });
    test.skip(!(await loadMore.isVisible()), "the seeded catalogue fits on one page");
    await loadMore.click();
    await expect.poll(() => cards.count()).toBeGreaterThan(before);
  });

  test("search filters the list and a card opens its detail page", async ({ page }) => {
    await page.goto("/");
    const firstTitle = (await medicineCards(page).first().getByRole("heading", { level: 3 }).innerText()).trim();
    const term = firstTitle.split(/\s+/)[0] ?? firstTitle;

    await page.getByRole("searchbox", { name: "Search medicines" }).fill(term);
    await page.getByRole("search").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]search=/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(term);
    const results = medicineCards(page);
    await expect(results.first()).toBeVisible();
    await expect(results.getByRole("link", { name: firstTitle, exact: true }).first()).toBeVisible();

    await results.getByRole("link", { name: firstTitle, exact: true }).first().click();
    await expect(page).toHaveURL(/\/medicines\//);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(firstTitle);
    await expect(page.getByText(PRICE).first()).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(firstTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  });

  test("filters narrow the list to prescription-only medicines", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Type").selectOption({ label: "Prescription only" });
    await expect(page).toHaveURL(/[?&]prescription=rx/);
    const cards = medicineCards(page);
    await expect(cards.first()).toBeVisible();
    for (const card of (await cards.all()).slice(0, 10)) {
      await expect(card).toContainText("Rx only");
    }
  });

  test("a medicine page says when the pack it would send expires (the soonest-expiring lot on sale)", async ({ page, request }) => {
    const list = await request.get("/api/medicines?inStock=true&limit=5");
    expect(list.ok(), await list.text()).toBeTruthy();
    const first = ((await list.json()) as { items: { id: string; slug: string }[] }).items[0];
    if (!first) throw new Error("the seeded catalogue has no medicine in stock");
    const detail = (await (await request.get(`/api/medicines/${first.id}`)).json()) as { nextLotExpiresAt: string | null };
    expect(detail.nextLotExpiresAt).toBeTruthy();
    const day = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(detail.nextLotExpiresAt ?? ""));
    await page.goto(`/medicines/${first.slug}`);
    await expect(page.getByTestId("lot-expiry")).toContainText(`Expiry: ${day} or later`);
  });

  test("an unknown medicine is a 404 page", async ({ page }) => {
    const response = await page.goto("/medicines/no-such-medicine-e2e");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Medicine not found" })).toBeVisible();
  });
});

test.describe("accounts", () => {
  test("sign-in validates on the client and shows server errors", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    const email = page.getByLabel("Email");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();

    await email.fill(uniqueEmail("nobody"));
    await page.getByLabel("Password").fill("not-the-password-123");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toContainText(
      "The email or password is incorrect.",
    );
  });

  test("a new customer signs up, signs out and signs in again", async ({ page }) => {
    const email = uniqueEmail("customer");
    const password = "e2e-Password-123";

    await page.goto("/sign-up");
    await page.getByLabel("Full name").fill("E2E Customer");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();

    // Lands signed in on the account page.
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    const profile = page.getByRole("region", { name: "Profile" });
    await expect(profile).toContainText(email);
    await expect(profile).toContainText(/Role\s*Customer/);

    // Sign out from the header.
    const header = page.getByRole("banner");
    await header.getByRole("button", { name: "Sign out" }).click();
    await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in/);

    // Sign in again: back on the account page with role CUSTOMER.
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(profile).toContainText(email);
    await expect(profile).toContainText(/Role\s*Customer/);
    await expect(profile).toContainText(`${email} Not verified`);
    await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("a new customer verifies their email and resets their password", async ({ page }) => {
    test.skip(!outboxDir, "MAIL_OUTBOX_DIR is not set: mails cannot be read");
    const email = uniqueEmail("mail");

    await page.goto("/sign-up");
    await page.getByLabel("Full name").fill("E2E Mail Customer");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("first-Password-123");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/account$/);

    // The verification link lands on /verify-email with a success message.
    const verifyLink = await waitForMailLink(email, /https?:\/\/\S+\/api\/auth\/verify-email\?[^\s"<>]+/);
    await page.goto(verifyLink);
    await expect(page).toHaveURL(/\/verify-email\?verified=1/);
    await expect(page.getByRole("status").filter({ hasText: "Your email is verified" })).toBeVisible();
    await page.goto("/account");
    await expect(page.getByRole("region", { name: "Profile" })).toContainText(`${email} Verified`);

    // Sign out, then reset the forgotten password through the emailed link.
    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByText(`If an account exists for ${email}`)).toBeVisible();

    const resetLink = await waitForMailLink(email, /https?:\/\/\S+\/api\/auth\/reset-password\/[^\s"<>]+/);
    await page.goto(resetLink);
    await expect(page).toHaveURL(/\/reset-password\?token=/);
    await page.getByRole("textbox", { name: "New password", exact: true }).fill("second-Password-456");
    await page.getByLabel("Confirm new password").fill("does-not-match-789");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("The passwords do not match.")).toBeVisible();
    await page.getByLabel("Confirm new password").fill("second-Password-456");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Password changed")).toBeVisible();

    await page.getByRole("link", { name: "sign in with your new password" }).click();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("second-Password-456");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("region", { name: "Profile" })).toContainText(email);
  });
});
