import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { listOtcMedicines, uniqueEmail, WEB_URL } from "./shopper";
import { signUpVerifiedCustomer } from "./verified-customer";

// The storefront's main journey at a laptop width and a phone width: nothing scrolls sideways,
// the things a customer needs are on screen, and a screenshot of every step is kept (test-results/).
const VIEWPORTS = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function fitsWidth(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
}

async function keep(page: Page, info: TestInfo, name: string) {
  await fitsWidth(page);
  await info.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}

/** A listed medicine that other pharmacies sell too (the seed lists many products at several). */
async function medicineWithOtherSellers(page: Page): Promise<string> {
  for (const medicine of (await listOtcMedicines(page.request)).slice(0, 40)) {
    const input = encodeURIComponent(JSON.stringify({ json: { id: medicine.id } }));
    const res = await page.request.get(`${WEB_URL}/api/trpc/medicine.alsoSoldBy?input=${input}`);
    const offers = ((await res.json()) as { result: { data: { json: unknown[] } } }).result.data.json;
    if (offers.length > 0) return medicine.slug;
  }
  throw new Error("no seeded medicine is sold by two pharmacies");
}

for (const viewport of VIEWPORTS) {
  test(`storefront at ${viewport.width} px: home, corrected search, medicine page, cart and checkout`, async ({ page }, info) => {
    await page.setViewportSize(viewport);

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Medicines" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Medicines" }).getByRole("listitem").first()).toBeVisible();
    // The header's brand and account links share one row, search included below at most.
    const brand = await page.getByRole("link", { name: "Healio home" }).boundingBox();
    const cart = await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: /cart/i }).boundingBox();
    expect(Math.abs((brand?.y ?? 0) + (brand?.height ?? 0) / 2 - ((cart?.y ?? 0) + (cart?.height ?? 0) / 2))).toBeLessThan(24);
    await keep(page, info, `${viewport.name}-home.png`);

    await page.goto("/?search=paracetmol");
    await expect(page.getByText(/Showing results for/)).toContainText("paracetamol");
    await expect(page.getByRole("status").filter({ hasText: /\d+\+? medicines?/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Search instead for “paracetmol”" })).toBeVisible();
    if (viewport.name === "phone") {
      // Products come first: the filters wait behind a button.
      await expect(page.getByRole("button", { name: /Filters/ })).toBeVisible();
      await expect(page.getByLabel("Sort by")).toBeHidden();
    }
    await keep(page, info, `${viewport.name}-search.png`);

    await page.goto(`/medicines/${await medicineWithOtherSellers(page)}`);
    await expect(page.getByRole("heading", { name: "Also sold by" })).toBeVisible();
    const buy = page.getByRole("button", { name: "Add to cart" });
    await expect(buy).toBeInViewport();
    await keep(page, info, `${viewport.name}-medicine.png`);
    await buy.click();
    await expect(page.getByText("Added to your cart.")).toBeVisible();

    await page.goto("/cart");
    await expect(page.getByRole("heading", { level: 1, name: /cart/i })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in to check out" })).toBeVisible();
    await keep(page, info, `${viewport.name}-cart.png`);

    const email = uniqueEmail(`responsive-${viewport.name}`);
    await signUpVerifiedCustomer(page.request, WEB_URL, { name: "Ria Responsive", email, password: "violet staple orbit 42" });
    await page.goto("/checkout");
    await expect(page.getByRole("heading", { name: "Delivery address" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Place order/ })).toBeVisible();
    await keep(page, info, `${viewport.name}-checkout.png`);
  });
}
