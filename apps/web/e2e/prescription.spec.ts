import { expect, test, type APIRequestContext } from "@playwright/test";
import { outboxDir } from "./mail-outbox";
import { signUpVerifiedCustomer } from "./verified-customer";

// Runs against production builds of both apps on a seeded database (see scripts/test.mjs).
const WEB_URL = process.env.WEB_URL || "http://localhost:3000";
const ADMIN_URL = process.env.ADMIN_URL || "http://localhost:3001";
const DEMO_PASSWORD = process.env.DEMO_PASSWORD;

type Listed = { id: string; slug: string; name: string; stock: number; seller: { id: string; storeName: string } };

/** A real 1x1 PNG: the server decides the type from these bytes. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

/** An in-stock, prescription-only medicine of a seeded seller ("seed-user-seller-3" is seller3@healio.test). */
async function pickRxMedicine(request: APIRequestContext): Promise<{ medicine: Listed; sellerEmail: string }> {
  const input = encodeURIComponent(JSON.stringify({ json: { inStock: true, prescription: "rx", limit: 100 } }));
  const response = await request.get(`${WEB_URL}/api/trpc/medicine.list?input=${input}`);
  expect(response.ok(), await response.text()).toBeTruthy();
  const body = (await response.json()) as { result: { data: { json: { items: Listed[] } } } };
  for (const m of body.result.data.json.items) {
    const match = /^seed-user-seller-(\d+)$/.exec(m.seller.id);
    if (match && m.stock >= 3) return { medicine: m, sellerEmail: `seller${match[1]}@healio.test` };
  }
  throw new Error("the seeded catalogue has no in-stock prescription medicine of a seeded seller");
}

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

test("a customer uploads a prescription at checkout; the seller's pharmacist approves it; the order proceeds", async ({
  page,
  browser,
  playwright,
}) => {
  // Two apps, two people and a file upload: longer than the default on a busy machine.
  test.setTimeout(180_000);
  test.skip(!DEMO_PASSWORD, "DEMO_PASSWORD (the seeded sellers' password) is not set");
  test.skip(!outboxDir, "the new customer's verification mail is read from MAIL_OUTBOX_DIR");
  const api = await playwright.request.newContext();
  const { medicine, sellerEmail } = await pickRxMedicine(api);

  // 1. A verified customer signs in and puts the Rx medicine in the cart.
  const email = `rx-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.healio.test`;
  const password = "e2e-Password-123";
  await signUpVerifiedCustomer(api, WEB_URL, { name: "Rx Buyer", email, password });
  await api.dispose();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/sign-in/);

  await page.goto(`/medicines/${medicine.slug}`);
  await expect(page.getByText("A pharmacist checks a valid prescription before this medicine is dispensed.")).toBeVisible();
  await page.getByRole("button", { name: "Add to cart", exact: true }).click();
  await expect(page.getByText("Added to your cart.")).toBeVisible();

  // 2. Checkout asks for the prescription; without one the order is not sent.
  await page.goto("/checkout");
  const rx = page.getByRole("region", { name: "Prescription" });
  await expect(rx).toContainText(`${medicine.name} is prescription-only`);
  await page.getByLabel("Full name").fill("Rx Buyer");
  await page.getByRole("textbox", { name: "Address", exact: true }).fill("1 Pharmacy Lane");
  await page.getByLabel("City").fill("Portland");
  await page.getByLabel("Postal code").fill("97205");
  await page.getByLabel("Phone").fill("+1 555 010 7777");
  const placeOrder = page.getByRole("button", { name: /^Place order/ });
  await placeOrder.click();
  await expect(rx.getByRole("alert")).toHaveText("Choose an approved prescription or upload one.");

  await rx.getByLabel("Upload your prescription").setInputFiles({ name: "my-prescription.png", mimeType: "image/png", buffer: PNG });
  await expect(rx.getByRole("radio", { name: /my-prescription\.png/ })).toBeChecked();
  await placeOrder.click();

  await expect(page).toHaveURL(/\/checkout\/confirmation\?orders=/);
  await expect(page.getByText("A pharmacist checks your prescription")).toBeVisible();
  const placed = page.getByRole("list", { name: "Placed orders" }).getByRole("listitem");
  await expect(placed).toHaveCount(1);
  await expect(placed).toContainText("Prescription check");
  const orderNumber = ((await placed.getByRole("link").innerText()).match(/HL-\d+/) ?? [])[0]!;
  const orderHref = (await placed.getByRole("link").getAttribute("href"))!;
  const orderId = orderHref.split("/").pop()!;

  // 3. The seller's pharmacist sees it first in the queue, flagged Rx, with the file beside the order.
  const consoleContext = await browser.newContext({ baseURL: ADMIN_URL });
  const seller = await consoleContext.newPage();
  await seller.goto("/sign-in");
  await seller.getByLabel("Email").fill(sellerEmail);
  await seller.getByLabel("Password").fill(DEMO_PASSWORD as string);
  await seller.getByRole("button", { name: "Sign in" }).click();
  await seller.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Orders" }).click();
  await expect(seller.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible({ timeout: 30_000 });
  const firstRow = seller.getByRole("table").getByRole("row").nth(1);
  await expect(firstRow).toContainText("Prescription check");
  await expect(firstRow).toContainText("Rx only");

  await seller.goto(`/orders/${orderId}`);
  await expect(seller.getByRole("heading", { level: 1, name: `Order ${orderNumber}` })).toBeVisible();
  const panel = seller.getByRole("region", { name: "Prescription" });
  await expect(panel.getByRole("img", { name: /Prescription uploaded by the customer/ })).toBeVisible();
  const fileResponse = await seller.request.get(`/api/prescriptions/${encodeURIComponent(await prescriptionIdFrom(panel))}`);
  expect(fileResponse.status()).toBe(200);
  expect(fileResponse.headers()["content-disposition"]).toMatch(/^attachment/);
  expect(fileResponse.headers()["x-content-type-options"]).toBe("nosniff");

  await panel.getByLabel("Prescriber").fill("Dr. Ada Lovelace");
  await panel.getByLabel("Issued on").fill(isoDay(-3));
  await panel.getByLabel("Valid until").fill(isoDay(90));
  await panel.getByLabel("Refills allowed").fill("2");
  await panel.getByRole("button", { name: "Approve and place order" }).click();
  await expect(panel.getByText(`Prescription approved: order ${orderNumber} is placed.`)).toBeVisible();
  const status = seller.getByRole("heading", { level: 2, name: /^Status:/ });
  await expect(status).toContainText("Placed");
  await expect(panel).toContainText("Dr. Ada Lovelace");
  // The order proceeds: the seller can now start processing it.
  await seller.getByRole("button", { name: "Start processing" }).click();
  await seller.getByRole("button", { name: "Yes, start processing" }).click();
  await expect(status).toContainText("Processing");
  await consoleContext.close();

  // 4. The customer sees the order moving.
  await page.goto(orderHref);
  await expect(page.getByRole("heading", { level: 2, name: /^Status:/ })).toContainText("Processing");
});

async function prescriptionIdFrom(panel: import("@playwright/test").Locator): Promise<string> {
  const href = await panel.getByRole("link", { name: /^Download / }).getAttribute("href");
  return decodeURIComponent(href!.split("/").pop()!);
}
