import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";

/** Helpers of the flash-sale and review journeys: real sign-in, checkout and console steps. */

export const WEB_URL = process.env.WEB_URL || "http://localhost:3000";
export const ADMIN_URL = process.env.ADMIN_URL || "http://localhost:3001";

export type Listed = {
  id: string;
  slug: string;
  name: string;
  stock: number;
  priceCents: number;
  listPriceCents: number;
  sale: unknown;
  rating: { average: number; count: number };
  seller: { id: string; storeName: string };
};

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.healio.test`;
}

/** The seeded sellers have stable ids ("seed-user-seller-3" is seller3@healio.test). */
export function sellerEmail(sellerId: string): string | null {
  const match = /^seed-user-seller-(\d+)$/.exec(sellerId);
  return match ? `seller${match[1]}@healio.test` : null;
}

/** In-stock over-the-counter medicines of seeded sellers, read through the public tRPC API. */
export async function listOtcMedicines(request: APIRequestContext, sort = "newest"): Promise<Listed[]> {
  const input = encodeURIComponent(JSON.stringify({ json: { inStock: true, prescription: "otc", sort, limit: 100 } }));
  const response = await request.get(`${WEB_URL}/api/trpc/medicine.list?input=${input}`);
  expect(response.ok(), await response.text()).toBeTruthy();
  const body = (await response.json()) as { result: { data: { json: { items: Listed[] } } } };
  return body.result.data.json.items.filter((m) => m.stock >= 5 && sellerEmail(m.seller.id));
}

/** "$12.34" as the storefront prints cents. */
export function usd(cents: number): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Signs in on the page's current app (storefront or console). */
export async function signInOn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 30_000 });
}

/** A console session in its own browser context (no cookies shared with the storefront page). */
export async function consolePage(browser: Browser, email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: ADMIN_URL });
  const page = await context.newPage();
  await signInOn(page, email, password);
  return { context, page };
}

/** From /checkout: a new address, cash on delivery, place; returns the (single) order's number and link. */
export async function placeOrderAtCheckout(page: Page): Promise<{ number: string; href: string }> {
  await page.goto("/checkout");
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  await page.getByLabel("Full name").fill("E2E Shopper");
  await page.getByRole("textbox", { name: "Address", exact: true }).fill("1 Test Street");
  await page.getByLabel("City").fill("Portland");
  await page.getByLabel("Postal code").fill("97205");
  await page.getByLabel("Phone").fill("+1 555 010 9999");
  await page.getByRole("button", { name: /^Place order/ }).click();
  await expect(page).toHaveURL(/\/checkout\/confirmation\?orders=/);
  const placed = page.getByRole("list", { name: "Placed orders" }).getByRole("listitem");
  await expect(placed).toHaveCount(1);
  const link = placed.getByRole("link");
  const number = ((await link.innerText()).match(/HL-\d+/) ?? [])[0]!;
  return { number, href: (await link.getAttribute("href"))! };
}

/** Status buttons of the console's order page and the status each one leads to. */
export const TO_DELIVERED: [button: string, status: string][] = [
  ["Start processing", "Processing"],
  ["Mark as shipped", "Shipped"],
  ["Mark as delivered", "Delivered"],
];

/** The seller finds the order in the console and moves it through `steps`. */
export async function sellerAdvancesOrder(seller: Page, number: string, steps: [button: string, status: string][]) {
  await seller.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Orders" }).click();
  await seller.getByRole("searchbox", { name: "Order number" }).fill(number);
  await seller.getByRole("button", { name: "Search" }).click();
  await seller.getByRole("link", { name: number, exact: true }).click();
  await expect(seller.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible({ timeout: 30_000 });
  const status = seller.getByRole("heading", { level: 2, name: /^Status:/ });
  for (const [button, reached] of steps) {
    // Every change is confirmed; shipping asks for the courier and tracking number.
    await seller.getByRole("button", { name: button }).click();
    if (reached === "Shipped") await seller.getByLabel("Courier and tracking number").fill("Courier E2E, tracking E2E-42");
    await seller.getByRole("button", { name: `Yes, ${button.charAt(0).toLowerCase()}${button.slice(1)}` }).click();
    await expect(status).toContainText(reached);
  }
}
