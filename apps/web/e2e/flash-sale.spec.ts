import { expect, test } from "@playwright/test";
import { signUpVerifiedCustomer } from "./verified-customer";
import { outboxDir } from "./mail-outbox";
import { consolePage, escapeRegExp, listOtcMedicines, placeOrderAtCheckout, signInOn, uniqueEmail, usd, WEB_URL } from "./shopper";

// Runs against production builds of both apps on a seeded database (see scripts/test.mjs).
const ADMIN_EMAIL = process.env.ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD;

test("an admin starts a flash sale; the storefront shows it with a countdown; a customer buys at the sale price", async ({ page, browser, playwright }) => {
  test.skip(!ADMIN_EMAIL || !ADMIN_PASSWORD, "ADMIN_EMAIL / ADMIN_PASSWORD (the seeded admin) are not set");
  test.skip(!outboxDir, "the new customer's verification mail is read from MAIL_OUTBOX_DIR");
  test.setTimeout(240_000);
  // A medicine no live sale prices yet (earlier runs on the same database may have left one).
  const medicine = (await listOtcMedicines(page.request)).find((m) => m.sale === null && m.priceCents >= 400);
  expect(medicine, "an in-stock over-the-counter medicine not on sale").toBeTruthy();
  const m = medicine!;
  const salePrice = Math.round((m.listPriceCents * 75) / 100);
  const slug = `e2e-flash-${Date.now()}`;
  const name = `E2E Flash ${Date.now()}`;

  // 1. The admin creates a sale that is already live (started 5 minutes ago, ends in 2 hours).
  const admin = await consolePage(browser, ADMIN_EMAIL!, ADMIN_PASSWORD!);
  const a = admin.page;
  await a.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Flash sales" }).click();
  await expect(a.getByRole("heading", { level: 1, name: "Flash sales" })).toBeVisible();
  await a.getByRole("link", { name: "New sale" }).click();
  // datetime-local inputs speak the browser's own zone: compute the values there.
  const [start, end] = await a.evaluate(() => {
    const local = (d: Date) => {
      const p = (n: number) => String(n).padStart(2, "0");
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    };
    return [local(new Date(Date.now() - 5 * 60_000)), local(new Date(Date.now() + 2 * 3600_000))];
  });
  await a.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await a.getByRole("textbox", { name: "Address", exact: true }).fill(slug);
  await a.getByLabel("Description (shown on the sale page)").fill("A quarter off, for two hours.");
  await a.getByRole("textbox", { name: "Starts" }).fill(start);
  await a.getByRole("textbox", { name: "Ends" }).fill(end);
  await a.getByRole("button", { name: "Create sale" }).click();
  await expect(a.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(a.getByText("Live", { exact: true }).first()).toBeVisible();

  // 2. It adds the medicine at 25 % off, at most 5 per customer.
  await a.getByLabel("Find a medicine").fill(m.name);
  await expect(a.getByRole("combobox", { name: "Medicine", exact: true }).locator(`option[value="${m.id}"]`)).toHaveCount(1);
  await a.getByRole("combobox", { name: "Medicine", exact: true }).selectOption(m.id);
  await a.getByLabel("Percent off the list price").check();
  await a.getByRole("textbox", { name: "Percent off", exact: true }).fill("25");
  await a.getByRole("textbox", { name: "Per customer" }).fill("5");
  await a.getByRole("button", { name: "Add to sale" }).click();
  await expect(a.getByRole("status").filter({ hasText: "Added to the sale." })).toBeVisible();
  const row = a.getByRole("table", { name: `Items of ${name}` }).getByRole("row").filter({ hasText: m.seller.storeName }).filter({ hasText: m.name });
  await expect(row).toContainText(`${usd(salePrice)} (25% off)`);
  await expect(row).toContainText("Approved");

  // The schedule stays editable while live: the end moves (the start, already past, may not).
  await expect(a.getByRole("textbox", { name: "Starts" })).toBeDisabled();
  const later = await a.evaluate(() => {
    const d = new Date(Date.now() + 3 * 3600_000);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  });
  await a.getByRole("textbox", { name: "Ends" }).fill(later);
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // 3. The home page shows the strip: the event, a running countdown, the struck-through list price.
  await page.goto("/");
  const strip = page.getByRole("region", { name: "Flash sales" });
  const event = strip.getByRole("region", { name });
  await expect(event).toBeVisible();
  const countdown = event.getByTestId("sale-countdown");
  await expect(countdown).toContainText(/Ends in\s+\d{2}:\d{2}:\d{2}/);
  const first = await countdown.innerText();
  await expect.poll(() => countdown.innerText(), { timeout: 5_000, message: "the countdown ticks" }).not.toBe(first);
  const offer = event.locator(`[aria-labelledby$="-${m.id}"]`);
  await expect(offer).toHaveCount(1);
  await expect(offer).toContainText(`Sale price ${usd(salePrice)}`);
  await expect(offer.locator("s")).toHaveText(`was ${usd(m.listPriceCents)}`);
  await expect(offer).toContainText("Flash sale −25%");

  // 4. The sale page: header, countdown, the offer.
  await event.getByRole("link", { name: new RegExp(`See all offers in ${escapeRegExp(name)}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/sales/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("A quarter off, for two hours.")).toBeVisible();
  await expect(page.getByTestId("sale-countdown")).toContainText(/Ends in/);
  const listed = page.getByRole("list", { name: `Medicines in ${name}` }).locator(`[aria-labelledby="medicine-${m.id}"]`);
  await expect(listed.locator("s")).toHaveText(`was ${usd(m.listPriceCents)}`);
  await expect(listed).toContainText("limit 5 per customer");

  // 5. A verified customer buys two at the sale price.
  const email = uniqueEmail("sale-buyer");
  const password = "e2e-Password-123";
  const storefront = await playwright.request.newContext({ baseURL: WEB_URL });
  await signUpVerifiedCustomer(storefront, WEB_URL, { name: "E2E Sale Buyer", email, password });
  await storefront.dispose();
  await signInOn(page, email, password);
  await page.goto(`/medicines/${m.slug}`);
  const priceBox = page.getByLabel("Price and availability");
  await expect(priceBox).toContainText(`Sale price ${usd(salePrice)}`);
  await expect(priceBox.getByTestId("sale-countdown")).toContainText("Sale price ends in");
  await page.getByRole("button", { name: new RegExp(`^Increase Quantity of ${escapeRegExp(m.name)}`) }).click();
  await expect(page.getByRole("spinbutton", { name: `Quantity of ${m.name}` })).toHaveValue("2");
  await page.getByRole("button", { name: "Add to cart", exact: true }).click();
  await expect(page.getByText("Added 2 to your cart.")).toBeVisible();

  await page.goto("/cart");
  const line = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: new RegExp(escapeRegExp(m.name)) }) }).first();
  await expect(line).toContainText(`Sale price ${usd(salePrice)}`);
  await expect(line).toContainText(usd(2 * salePrice));
  await expect(line).toContainText(name);

  const order = await placeOrderAtCheckout(page);
  await page.goto(order.href);
  await expect(page.getByRole("heading", { level: 1, name: `Order ${order.number}` })).toBeVisible();
  const orderLine = page.getByRole("row").filter({ hasText: m.name });
  await expect(orderLine).toContainText(`Sale price ${usd(salePrice)}`);
  await expect(orderLine.locator("s")).toHaveText(`was ${usd(m.listPriceCents)}`);
  await expect(orderLine).toContainText(name);
  await expect(orderLine.getByRole("cell").last()).toHaveText(usd(2 * salePrice));

  // 6. The console counts the units and the revenue, then the admin cancels the sale (confirmed).
  await a.reload();
  await expect(a.getByText(`2 sold at the sale price · ${usd(2 * salePrice)} booked revenue`)).toBeVisible();
  await a.goto("/sales?phase=live");
  const eventRow = a.getByRole("row").filter({ hasText: name });
  await expect(eventRow).toContainText(usd(2 * salePrice));
  await eventRow.getByRole("link", { name }).click();
  await a.getByRole("button", { name: "Cancel sale" }).click();
  const dialog = a.getByRole("dialog", { name: `Cancel ${name}?` });
  await dialog.getByLabel("Reason (kept in the audit log)").fill("E2E: stop the test sale");
  await dialog.getByRole("button", { name: "Cancel sale" }).click();
  await expect(a.getByRole("alert").filter({ hasText: "Cancelled" })).toContainText("E2E: stop the test sale");
  await admin.context.close();

  // 7. The storefront returns to the list price at once; the order keeps its sale price.
  await page.goto(`/medicines/${m.slug}`);
  await expect(page.getByLabel("Price and availability").locator("s")).toHaveCount(0);
  await expect(page.getByLabel("Price and availability")).toContainText(usd(m.listPriceCents));
  await page.goto(order.href);
  await expect(page.getByRole("row").filter({ hasText: m.name })).toContainText(`Sale price ${usd(salePrice)}`);
});
