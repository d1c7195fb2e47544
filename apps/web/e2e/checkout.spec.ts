import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { outboxDir } from "./mail-outbox";
import { signUpVerifiedCustomer } from "./verified-customer";

// Runs against production builds of both apps on a seeded database (see scripts/test.mjs).
const WEB_URL = process.env.WEB_URL || "http://localhost:3000";
const ADMIN_URL = process.env.ADMIN_URL || "http://localhost:3001";
const DEMO_PASSWORD = process.env.DEMO_PASSWORD;

type Listed = { id: string; slug: string; name: string; stock: number; seller: { id: string; storeName: string } };

function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.healio.test`;
}

/** The seeded sellers have stable ids ("seed-user-seller-3" is seller3@healio.test). */
function sellerEmail(sellerId: string): string | null {
  const match = /^seed-user-seller-(\d+)$/.exec(sellerId);
  return match ? `seller${match[1]}@healio.test` : null;
}

/** Two in-stock, over-the-counter medicines of two different seeded sellers, via the public API. */
async function pickTwoSellersMedicines(request: APIRequestContext): Promise<[Listed, Listed]> {
  const input = encodeURIComponent(JSON.stringify({ json: { inStock: true, prescription: "otc", limit: 100 } }));
  const response = await request.get(`/api/trpc/medicine.list?input=${input}`);
  expect(response.ok(), await response.text()).toBeTruthy();
  const body = (await response.json()) as { result: { data: { json: { items: Listed[] } } } };
  const candidates = body.result.data.json.items.filter((m) => m.stock >= 5 && sellerEmail(m.seller.id));
  const first = candidates[0];
  const second = candidates.find((m) => first && m.seller.id !== first.seller.id);
  if (!first || !second) throw new Error("the seeded catalogue has no two in-stock medicines of different sellers");
  return [first, second];
}

async function addToCartFromPage(page: Page, medicine: Listed) {
  await page.goto(`/medicines/${medicine.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Add to cart", exact: true }).click();
  await expect(page.getByText("Added to your cart.")).toBeVisible();
}

/** Waits for the outbox worker to write a mail to `to` whose text matches `pattern`. */
async function expectMail(to: string, pattern: RegExp) {
  if (!outboxDir) return;
  const dir = outboxDir;
  await expect
    .poll(
      async () => {
        const files = await readdir(dir).catch(() => [] as string[]);
        for (const file of files.filter((f) => f.endsWith(".eml"))) {
          const text = (await readFile(join(dir, file), "utf8")).replace(/=\r?\n/g, "");
          if (text.includes(to) && pattern.test(text)) return true;
        }
        return false;
      },
      { timeout: 30_000, message: `a mail to ${to} matching ${pattern}` },
    )
    .toBe(true);
}

test("a visitor's cart follows them into checkout; two pharmacies make two orders; a seller ships one", async ({
  page,
  browser,
  playwright,
}) => {
  test.skip(!DEMO_PASSWORD, "DEMO_PASSWORD (the seeded sellers' password) is not set");
  test.skip(!outboxDir, "the new customer's verification mail is read from MAIL_OUTBOX_DIR");
  test.setTimeout(180_000);
  const [a, b] = await pickTwoSellersMedicines(page.request);

  // 1. As a visitor: two medicines from two pharmacies go into the local cart.
  await addToCartFromPage(page, a);
  await addToCartFromPage(page, b);
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: /Cart/ })).toContainText("2");

  await page.goto("/cart");
  await expect(page.getByRole("heading", { level: 2, name: `Sold by ${a.seller.storeName}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: `Sold by ${b.seller.storeName}` })).toBeVisible();
  // The stepper changes the quantity (and the price) of a line.
  await page.getByRole("button", { name: new RegExp(`^Increase Quantity of ${escapeRegExp(a.name)}`) }).click();
  await expect(page.getByRole("spinbutton", { name: new RegExp(`^Quantity of ${escapeRegExp(a.name)}`) })).toHaveValue("2");
  await expect(header.getByRole("link", { name: /Cart/ })).toContainText("3");

  // 2. Checkout needs an account: sign in (a fresh customer) and come back with the cart merged.
  const email = uniqueEmail("buyer");
  const password = "e2e-Password-123";
  // Orders need a verified e-mail: the new customer opens the link from the verification mail.
  const storefront = await playwright.request.newContext({ baseURL: WEB_URL });
  await signUpVerifiedCustomer(storefront, WEB_URL, { name: "E2E Buyer", email, password });
  await storefront.dispose();

  await page.getByRole("link", { name: "Sign in to check out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcheckout/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();

  const summary = page.getByRole("region", { name: "Order summary" });
  await expect(summary.getByRole("list", { name: "Orders in this checkout" }).getByRole("listitem").filter({ has: page.getByRole("heading") })).toHaveCount(2);
  await expect(summary).toContainText(`${a.name} × 2`);
  await expect(summary).toContainText(`${b.name} × 1`);

  // 3. A new address (client-side validation first), cash on delivery, place the order.
  const placeOrder = page.getByRole("button", { name: /^Place order/ });
  await placeOrder.click();
  await expect(page.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Full name").fill("E2E Buyer");
  await page.getByRole("textbox", { name: "Address", exact: true }).fill("1 Test Street");
  await page.getByLabel("City").fill("Portland");
  await page.getByLabel("Postal code").fill("97205");
  await page.getByLabel("Phone").fill("+1 555 010 9999");
  await expect(page.getByRole("radio", { name: /Cash on delivery/ })).toBeChecked();
  await placeOrder.click();

  await expect(page).toHaveURL(/\/checkout\/confirmation\?orders=/);
  await expect(page.getByRole("heading", { level: 1, name: "Thank you, your order is placed" })).toBeVisible();
  const placed = page.getByRole("list", { name: "Placed orders" }).getByRole("listitem");
  await expect(placed).toHaveCount(2);
  const orderA = placed.filter({ hasText: a.seller.storeName });
  const orderB = placed.filter({ hasText: b.seller.storeName });
  const numberA = ((await orderA.getByRole("link").innerText()).match(/HL-\d+/) ?? [])[0]!;
  const numberB = ((await orderB.getByRole("link").innerText()).match(/HL-\d+/) ?? [])[0]!;
  const hrefA = (await orderA.getByRole("link").getAttribute("href"))!;
  const hrefB = (await orderB.getByRole("link").getAttribute("href"))!;
  expect(numberA).not.toBe(numberB);
  await expect(header.getByRole("link", { name: /Cart/ })).toContainText("0");
  await expectMail(email, new RegExp(`Your Healio order .*${numberA}`));

  // 4. "My orders" lists both.
  await page.goto("/orders");
  const myOrders = page.getByRole("list", { name: "Your orders" });
  await expect(myOrders.getByRole("link", { name: `Order ${numberA}` })).toBeVisible();
  await expect(myOrders.getByRole("link", { name: `Order ${numberB}` })).toBeVisible();

  // 5. The seller of A finds the order in the console and ships it: PLACED -> PROCESSING -> SHIPPED.
  const consoleContext = await browser.newContext({ baseURL: ADMIN_URL });
  const seller = await consoleContext.newPage();
  await seller.goto("/sign-in");
  await seller.getByLabel("Email").fill(sellerEmail(a.seller.id)!);
  await seller.getByLabel("Password").fill(DEMO_PASSWORD as string);
  await seller.getByRole("button", { name: "Sign in" }).click();
  await seller.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Orders" }).click();
  await expect(seller.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await seller.getByRole("searchbox", { name: "Order number" }).fill(numberA);
  await seller.getByRole("button", { name: "Search" }).click();
  await seller.getByRole("link", { name: numberA, exact: true }).click();
  await expect(seller.getByRole("heading", { level: 1, name: `Order ${numberA}` })).toBeVisible();
  const status = seller.getByRole("heading", { level: 2, name: /^Status:/ });
  await expect(status).toContainText("Placed");
  // Every status change is confirmed; shipping asks for the tracking details.
  await seller.getByRole("button", { name: "Start processing" }).click();
  await seller.getByRole("button", { name: "Yes, start processing" }).click();
  await expect(status).toContainText("Processing");
  await seller.getByRole("button", { name: "Mark as shipped" }).click();
  await seller.getByRole("button", { name: "Yes, mark as shipped" }).click();
  await expect(seller.getByText("Enter the courier and tracking number")).toBeVisible();
  await seller.getByLabel("Courier and tracking number").fill("Tracking number E2E-123");
  await seller.getByRole("button", { name: "Yes, mark as shipped" }).click();
  await expect(status).toContainText("Shipped");
  await expect(seller.getByRole("list", { name: "Status history" })).toContainText("Tracking number E2E-123");
  await consoleContext.close();

  // 6. The customer's timeline shows SHIPPED (and they can no longer cancel it).
  await page.goto(hrefA);
  await expect(page.getByRole("heading", { level: 1, name: `Order ${numberA}` })).toBeVisible();
  const timeline = page.getByRole("list", { name: "Status history" });
  await expect(timeline.getByRole("listitem")).toHaveCount(3);
  await expect(timeline.getByRole("listitem").last()).toContainText("Shipped");
  await expect(timeline).toContainText("Tracking number E2E-123");
  await expect(page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);
  await expectMail(email, new RegExp(`${numberA}[\\s\\S]*has shipped`));

  // 7. The other order is still PLACED: the customer may cancel it.
  await page.goto(hrefB);
  await page.getByRole("button", { name: "Cancel order" }).click();
  await page.getByLabel("Reason (optional)").fill("Ordered by mistake");
  await page.getByRole("button", { name: "Yes, cancel order" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Status:/ })).toContainText("Cancelled");
  await expect(page.getByRole("list", { name: "Status history" })).toContainText("Ordered by mistake");
});

test("checkout sends visitors to sign in and back", async ({ page }) => {
  await page.goto("/checkout");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcheckout/);
});

test("an empty cart says so", async ({ page }) => {
  await page.goto("/cart");
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: /Cart/ })).toContainText("0");
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("the cart shows when there is not enough stock and offers what is left", async ({ page }) => {
  const input = encodeURIComponent(JSON.stringify({ json: { inStock: true, prescription: "otc", sort: "price_asc", limit: 100 } }));
  const response = await page.request.get(`/api/trpc/medicine.list?input=${input}`);
  const items = ((await response.json()) as { result: { data: { json: { items: Listed[] } } } }).result.data.json.items;
  const scarce = items.find((m) => m.stock >= 1 && m.stock <= 20);
  test.skip(!scarce, "no scarce over-the-counter medicine on the first page");
  const medicine = scarce as Listed;

  await addToCartFromPage(page, medicine);
  await page.goto("/cart");
  const quantity = page.getByRole("spinbutton", { name: new RegExp(`^Quantity of ${escapeRegExp(medicine.name)}`) });
  await quantity.fill(String(medicine.stock + 1));
  await quantity.press("Enter");
  const line = page.getByRole("listitem").filter({ has: quantity });
  await expect(line).toContainText(`Only ${medicine.stock} left`);
  await expect(line).toContainText(`You asked for ${medicine.stock + 1}.`);
  await expect(page.getByRole("alert").filter({ hasText: "One item needs your attention" })).toBeVisible();

  await line.getByRole("button", { name: `Change to ${medicine.stock}` }).click();
  await expect(quantity).toHaveValue(String(medicine.stock));
  await expect(line).not.toContainText("left");

  await line.getByRole("button", { name: /^Remove / }).click();
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
});
