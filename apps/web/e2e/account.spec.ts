import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { outboxDir } from "./mail-outbox";
import { signUpVerifiedCustomer } from "./verified-customer";

// The account page as a customer uses it (production build on a seeded database, scripts/test.mjs).
const WEB_URL = process.env.WEB_URL || "http://localhost:3000";

function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.healio.test`;
}

/** Signs in through the form (signing up through `page.request` already leaves the page signed in: sign out first). */
async function signIn(page: Page, email: string, password: string) {
  await page.context().clearCookies();
  await page.goto("/sign-in?next=%2Faccount");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
}

/** A second device: its own browser context signed in through the API. */
async function otherDevice(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ baseURL: WEB_URL, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" });
  const res = await context.request.post("/api/auth/sign-in/email", { data: { email, password }, headers: { Origin: WEB_URL } });
  expect(res.ok(), await res.text()).toBeTruthy();
  return {
    context,
    async signedIn() {
      const session = await context.request.get("/api/auth/get-session");
      return (await session.json()) !== null;
    },
  };
}

/** A tRPC mutation over HTTP with the page's cookies (the storefront's own client does the same). */
async function trpcMutation(request: APIRequestContext, path: string, input: unknown) {
  const res = await request.post(`/api/trpc/${path}`, { data: { json: input }, headers: { Origin: WEB_URL } });
  expect(res.ok(), await res.text()).toBeTruthy();
  return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
}

test.describe("account page", () => {
  test.skip(!outboxDir, "needs the mail outbox (verified customers)");

  test("edit profile, address book, sessions and password (other devices signed out)", async ({ page, browser }) => {
    const email = uniqueEmail("account");
    const password = "account page passphrase 1";
    await signUpVerifiedCustomer(page.request, WEB_URL, { name: "Acc Original", email, password });
    await signIn(page, email, password);

    // Profile: a bad phone is refused with a field error, then a good edit sticks across a reload.
    const profile = page.getByRole("form", { name: "Edit profile" });
    await profile.getByLabel("Full name").fill("Ada Edited");
    await profile.getByLabel("Phone").fill("call me");
    await profile.getByRole("button", { name: "Save profile" }).click();
    await expect(profile.getByLabel("Phone")).toHaveAttribute("aria-invalid", "true");
    await profile.getByLabel("Phone").fill("+1 555 010 4242");
    await profile.getByRole("button", { name: "Save profile" }).click();
    await expect(profile.getByText("Your profile is saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("form", { name: "Edit profile" }).getByLabel("Full name")).toHaveValue("Ada Edited");
    await expect(page.getByRole("form", { name: "Edit profile" }).getByLabel("Phone")).toHaveValue("+1 555 010 4242");

    // Address book: add two, make the second the default, delete the first.
    const addresses = page.getByRole("list", { name: "Saved addresses" });
    for (const [name, street] of [
      ["Home Ada", "1 Home Street"],
      ["Work Ada", "2 Office Road"],
    ] as const) {
      await page.getByRole("button", { name: "Add an address" }).click();
      const form = page.getByRole("form", { name: "New address" });
      await form.getByLabel("Full name").fill(name);
      await form.getByRole("textbox", { name: "Address", exact: true }).fill(street);
      await form.getByLabel("City").fill("Portland");
      await form.getByLabel("Postal code").fill("97205");
      await form.getByLabel("Phone").fill("+1 555 010 1111");
      await form.getByRole("button", { name: "Save address" }).click();
      await expect(addresses.getByText(street)).toBeVisible();
    }
    const home = addresses.getByRole("listitem").filter({ hasText: "1 Home Street" });
    const work = addresses.getByRole("listitem").filter({ hasText: "2 Office Road" });
    await expect(home.getByText("Default")).toBeVisible();
    await work.getByRole("button", { name: "Make default" }).click();
    await expect(work.getByText("Default")).toBeVisible();
    await home.getByRole("button", { name: /Delete the address/ }).click();
    await expect(addresses.getByText("1 Home Street")).toHaveCount(0);

    // Sessions: another device appears and can be signed out from here. (Signing up and opening
    // the verification link left two earlier sessions, counted in `before`.)
    const devices = page.getByRole("list", { name: "Signed-in devices" });
    await expect(devices.getByText("This device")).toBeVisible();
    const before = await devices.getByRole("listitem").count();
    const tablet = await otherDevice(browser, email, password);
    await page.reload();
    await expect(devices.getByRole("listitem")).toHaveCount(before + 1);
    await devices.getByRole("button", { name: /Sign out Firefox on Linux/ }).click();
    await expect(devices.getByRole("listitem")).toHaveCount(before);
    expect(await tablet.signedIn()).toBe(false);

    // Password: wrong current password refused; a change signs every other device out.
    const phone = await otherDevice(browser, email, password);
    const pw = page.getByRole("form", { name: "Change password" });
    await pw.getByLabel("Current password").fill("not my password");
    await pw.getByRole("textbox", { name: "New password", exact: true }).fill("a brand new passphrase 2");
    await pw.getByLabel("Repeat the new password").fill("a brand new passphrase 2");
    await pw.getByRole("button", { name: "Change password" }).click();
    await expect(pw.getByRole("alert").or(pw.locator(".hl-alert"))).toBeVisible();
    expect(await phone.signedIn()).toBe(true);
    await pw.getByLabel("Current password").fill(password);
    await pw.getByRole("button", { name: "Change password" }).click();
    await expect(pw.getByText("Other devices were signed out.")).toBeVisible();
    expect(await phone.signedIn()).toBe(false);
    // This device stays signed in, and the new password works elsewhere.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    const later = await otherDevice(browser, email, "a brand new passphrase 2");
    expect(await later.signedIn()).toBe(true);
    await Promise.all([tablet.context.close(), phone.context.close(), later.context.close()]);
  });

  test("My orders shows items and pharmacy; Buy again refills the cart and reports what is no longer sold", async ({ page }) => {
    const email = uniqueEmail("reorder");
    const password = "reorder passphrase 12";
    await signUpVerifiedCustomer(page.request, WEB_URL, { name: "Rhea Reorder", email, password });
    await signIn(page, email, password);
    const list = encodeURIComponent(JSON.stringify({ json: { inStock: true, prescription: "otc", limit: 20 } }));
    const found = await page.request.get(`/api/trpc/medicine.list?input=${list}`);
    const items = ((await found.json()) as { result: { data: { json: { items: { id: string; name: string; stock: number; seller: { storeName: string } }[] } } } }).result.data.json.items;
    const medicine = items.find((m) => m.stock >= 3);
    if (!medicine) throw new Error("no in-stock medicine in the seeded catalogue");
    await trpcMutation(page.request, "cart.add", { medicineId: medicine.id, quantity: 2 });
    await trpcMutation(page.request, "order.place", {
      idempotencyKey: `e2e-reorder-${Date.now()}`,
      address: { fullName: "Rhea Reorder", line1: "3 Again Lane", city: "Portland", postalCode: "97205", country: "US", phone: "+1 555 010 2222" },
      phone: "+1 555 010 2222",
      paymentMethod: "CASH_ON_DELIVERY",
    });

    await page.goto("/orders");
    const row = page.getByRole("list", { name: "Your orders" }).getByRole("listitem").first();
    await expect(row.getByText(medicine.seller.storeName)).toBeVisible();
    await expect(row.getByRole("list", { name: /Items in order/ })).toContainText(`2 × ${medicine.name}`);
    await row.getByRole("button", { name: /Buy order .* again/ }).click();
    await expect(row.getByText("Added 1 item to your cart.")).toBeVisible();
    await page.goto("/cart");
    await expect(page.getByText(medicine.name).first()).toBeVisible();
  });

  test("Create account from the cart comes back to checkout", async ({ page }) => {
    const list = encodeURIComponent(JSON.stringify({ json: { inStock: true, prescription: "otc", limit: 5 } }));
    const found = await page.request.get(`/api/trpc/medicine.list?input=${list}`);
    const [medicine] = ((await found.json()) as { result: { data: { json: { items: { slug: string }[] } } } }).result.data.json.items;
    if (!medicine) throw new Error("no in-stock medicine in the seeded catalogue");
    await page.goto(`/medicines/${medicine.slug}`);
    await page.getByRole("button", { name: "Add to cart", exact: true }).click();
    await expect(page.getByText("Added to your cart.")).toBeVisible();
    await page.goto("/cart");
    await page.getByRole("link", { name: "Create an account" }).click();
    await expect(page).toHaveURL(/\/sign-up\?next=%2Fcheckout/);
    await page.getByLabel("Full name").fill("Cora Cart");
    await page.getByLabel("Email").fill(uniqueEmail("cart-signup"));
    await page.getByLabel("Password").fill("cart signup passphrase 3");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/checkout$/);
  });

  test("the account page fits a 390 px phone", async ({ page }) => {
    const email = uniqueEmail("narrow");
    const password = "narrow screen passphrase";
    await signUpVerifiedCustomer(page.request, WEB_URL, { name: "Nara Narrow", email, password });
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, email, password);
    await expect(page.getByRole("heading", { name: "Address book" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
