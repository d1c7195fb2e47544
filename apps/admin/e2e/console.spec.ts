import { expect, test, type Page } from "@playwright/test";

// Runs against production builds on a seeded database (see scripts/test.mjs).
const WEB_URL = process.env.WEB_URL || "http://localhost:3000";
const DEMO_PASSWORD = process.env.DEMO_PASSWORD;
const ADMIN_EMAIL = process.env.ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD;

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("the console requires a session", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to the console" })).toBeVisible();
});

test("a customer is refused with a clear message", async ({ page, playwright }) => {
  // Create the customer on the storefront, in a separate request context (no shared cookies).
  const email = `console-refusal-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.healio.test`;
  const password = "e2e-Password-123";
  const storefront = await playwright.request.newContext({ baseURL: WEB_URL });
  const signUp = await storefront.post("/api/auth/sign-up/email", {
    data: { name: "Console Refusal", email, password },
    headers: { Origin: WEB_URL },
  });
  expect(signUp.ok(), await signUp.text()).toBeTruthy();
  await storefront.dispose();

  await signIn(page, email, password);
  await expect(
    page.getByText(
      `This console is for pharmacy sellers and administrators. Your account (${email}) is a customer account.`,
    ),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the Healio storefront" })).toHaveAttribute(
    "href",
    new RegExp(`^${WEB_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/?$`),
  );
  // No console navigation for customers.
  await expect(page.getByRole("navigation", { name: "Console" })).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a seeded seller sees their dashboard", async ({ page }) => {
  test.skip(!DEMO_PASSWORD, "DEMO_PASSWORD (the seeded demo users' password) is not set");
  await signIn(page, "seller1@healio.test", DEMO_PASSWORD as string);
  await expect(page.getByRole("navigation", { name: "Console" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Catalogue" })).toBeVisible();
  await expect(page.getByText("Active medicines", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Low on stock" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Orders by status" })).toBeVisible();
});

test("an admin sees the marketplace overview", async ({ page }) => {
  test.skip(!ADMIN_EMAIL || !ADMIN_PASSWORD, "ADMIN_EMAIL / ADMIN_PASSWORD are not set");
  await signIn(page, ADMIN_EMAIL as string, ADMIN_PASSWORD as string);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Users" })).toBeVisible();
  await expect(page.getByText("Sellers pending approval", { exact: true })).toBeVisible();
});
