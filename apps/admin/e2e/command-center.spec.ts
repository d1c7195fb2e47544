import { expect, test, type Browser, type Page } from "@playwright/test";

// The admin command center end to end, against production builds on a seeded database
// (scripts/test.mjs): a customer applies to sell in the storefront, an admin approves the
// application in the console, and an admin blocks a customer whose open page then fails to act.
const WEB_URL = process.env.WEB_URL || "http://localhost:3000";
const ADMIN_EMAIL = process.env.ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD;
const PASSWORD = "e2e-Password-command-42";

const uniqueTag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A signed-in storefront customer in a browser context of their own. */
async function storefrontCustomer(browser: Browser, name: string) {
  const context = await browser.newContext({ baseURL: WEB_URL });
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${uniqueTag()}@e2e.healio.test`;
  const res = await context.request.post("/api/auth/sign-up/email", {
    data: { name, email, password: PASSWORD },
    headers: { Origin: WEB_URL },
  });
  expect(res.ok(), await res.text()).toBeTruthy();
  return { context, page: await context.newPage(), email };
}

async function signInAdmin(page: Page) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ADMIN_EMAIL as string);
  await page.getByLabel("Password").fill(ADMIN_PASSWORD as string);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Console" })).toBeVisible();
}

test.beforeEach(() => {
  test.skip(!ADMIN_EMAIL || !ADMIN_PASSWORD, "ADMIN_EMAIL / ADMIN_PASSWORD are not set");
});

test("a customer applies to sell and an admin approves the application", async ({ page, browser }) => {
  const applicant = await storefrontCustomer(browser, "Applicant Pharmacist");
  const store = `E2E Apotek ${uniqueTag()}`;
  const licence = `PHL-E2E-${uniqueTag().toUpperCase()}`;
  const next = new Date(Date.now() + 400 * 24 * 3600 * 1000).toISOString().slice(0, 10);

  await applicant.page.goto("/sell");
  await applicant.page.getByLabel("Pharmacy trading name").fill(store);
  await applicant.page.getByLabel("Pharmacy licence number").fill(licence);
  await applicant.page.getByLabel("Licence valid until").fill(next);
  await applicant.page.getByLabel("Business address").fill("7 Quay Street, Springfield");
  await applicant.page.getByLabel("Pharmacy phone").fill("+1 555 0142");
  await applicant.page.getByLabel("Supervising pharmacist").fill("Ingrid Berg, PharmD");
  await applicant.page.getByRole("button", { name: "Submit application" }).click();
  await expect(applicant.page).toHaveURL(/\/account/);
  await expect(applicant.page.getByText("Waiting for review")).toBeVisible();

  await signInAdmin(page);
  await page.getByRole("link", { name: "Sellers" }).click();
  const row = page.getByRole("row").filter({ hasText: store });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Approve" }).click();
  const dialog = page.getByRole("dialog", { name: `Approve ${store}?` });
  await dialog.getByRole("button", { name: "Approve" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("link", { name: "Selling", exact: true }).click();
  await expect(page.getByRole("row").filter({ hasText: store }).getByText("Selling")).toBeVisible();

  await applicant.page.reload();
  await expect(applicant.page.getByText("Approved: selling")).toBeVisible();
  await applicant.context.close();
});

test("an admin blocks a customer: their open page can no longer act, and sign-in says why", async ({ page, browser }) => {
  const customer = await storefrontCustomer(browser, "Blocked Shopper");
  const listed = await customer.context.request.get(
    `/api/trpc/medicine.list?input=${encodeURIComponent(JSON.stringify({ json: { inStock: true, prescription: "otc", limit: 5 } }))}`,
  );
  const body = (await listed.json()) as { result: { data: { json: { items: { slug: string }[] } } } };
  const slug = body.result.data.json.items[0]?.slug;
  expect(slug).toBeTruthy();
  await customer.page.goto(`/medicines/${slug}`);
  await expect(customer.page.getByRole("button", { name: "Add to cart", exact: true })).toBeVisible();

  await signInAdmin(page);
  await page.goto(`/people?q=${encodeURIComponent(customer.email)}`);
  await page.getByRole("link", { name: "Blocked Shopper" }).click();
  await page.getByRole("button", { name: "Block" }).click();
  const dialog = page.getByRole("dialog", { name: "Block Blocked Shopper?" });
  await dialog.getByLabel("Reason (kept in the audit log)").fill("Repeated chargebacks");
  await dialog.getByRole("button", { name: "Block" }).click();
  await expect(page.getByRole("button", { name: "Unblock" })).toBeVisible();
  await expect(page.locator(".hl-alert").getByText("Repeated chargebacks")).toBeVisible();

  // The page the customer still has open fails on its next action.
  await customer.page.getByRole("button", { name: "Add to cart", exact: true }).click();
  await expect(customer.page.getByText("Your session has ended. Please sign in again.")).toBeVisible();

  const signIn = await customer.context.request.post("/api/auth/sign-in/email", {
    data: { email: customer.email, password: PASSWORD },
    headers: { Origin: WEB_URL },
  });
  expect(signIn.status()).toBe(403);
  expect(((await signIn.json()) as { message: string }).message).toBe("This account is suspended. Please contact support.");
  await customer.context.close();
});
