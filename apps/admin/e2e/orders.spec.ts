import { expect, test, type Page } from "@playwright/test";

// Runs against production builds on a seeded database (see scripts/test.mjs). Read-only: the
// seeded orders are not changed here (apps/web/e2e/checkout.spec.ts moves its own order).
const DEMO_PASSWORD = process.env.DEMO_PASSWORD;
const ADMIN_EMAIL = process.env.ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD;

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Console" })).toBeVisible();
}

function orderRows(page: Page) {
  return page.getByRole("table").locator("tbody tr");
}

test("a seller filters the order queue by status, searches by number and opens an order", async ({ page }) => {
  test.skip(!DEMO_PASSWORD, "DEMO_PASSWORD (the seeded demo users' password) is not set");
  await signIn(page, "seller1@healio.test", DEMO_PASSWORD as string);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Orders" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await expect(orderRows(page).first()).toBeVisible();
  // Sellers see their own orders only: no pharmacy column.
  await expect(page.getByRole("columnheader", { name: "Pharmacy" })).toHaveCount(0);

  const tabs = page.getByRole("navigation", { name: "Filter by status" });
  await tabs.getByRole("link", { name: "Delivered" }).click();
  await expect(page).toHaveURL(/[?&]status=DELIVERED/);
  await expect(tabs.getByRole("link", { name: "Delivered" })).toHaveAttribute("aria-current", "page");
  const rows = orderRows(page);
  await expect(rows.first()).toBeVisible();
  for (const row of (await rows.all()).slice(0, 10)) {
    await expect(row.getByRole("cell").last()).toHaveText("Delivered");
  }

  const number = (await rows.first().getByRole("link").innerText()).trim();
  await page.getByRole("searchbox", { name: "Order number" }).fill(number);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=HL-/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole("link")).toHaveText(number);

  await page.getByRole("searchbox", { name: "Order number" }).fill("not-a-number");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "No order matches “not-a-number”" })).toBeVisible();

  await page.goto(`/orders?q=${encodeURIComponent(number)}`);
  await orderRows(page).first().getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Status:/ })).toContainText("Delivered");
  await expect(page.getByText("This order is complete: its status can no longer change.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Ship to" })).toContainText("Phone:");
  const history = page.getByRole("list", { name: "Status history" }).getByRole("listitem");
  await expect(history.first()).toContainText("Placed");
  await expect(history.last()).toContainText("Delivered");
});

test("an admin sees the orders of every pharmacy", async ({ page }) => {
  test.skip(!ADMIN_EMAIL || !ADMIN_PASSWORD, "ADMIN_EMAIL / ADMIN_PASSWORD are not set");
  await signIn(page, ADMIN_EMAIL as string, ADMIN_PASSWORD as string);
  await page.goto("/orders");
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Pharmacy" })).toBeVisible();
  const rows = orderRows(page);
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  const loadMore = page.getByRole("button", { name: "Load more" });
  if (await loadMore.isVisible()) {
    await loadMore.click();
    await expect.poll(() => rows.count()).toBeGreaterThan(before);
  }
  const pharmacies = new Set(await rows.locator("td:nth-child(4)").allInnerTexts());
  expect(pharmacies.size).toBeGreaterThan(1);

  await rows.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /^Order HL-/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Ship to" })).toContainText("Account:");
});
