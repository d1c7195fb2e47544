import { expect, test } from "@playwright/test";
import { outboxDir } from "./mail-outbox";
import { signUpVerifiedCustomer } from "./verified-customer";
import {
  consolePage,
  escapeRegExp,
  listOtcMedicines,
  placeOrderAtCheckout,
  sellerAdvancesOrder,
  sellerEmail,
  signInOn,
  TO_DELIVERED,
  uniqueEmail,
  WEB_URL,
} from "./shopper";

// Runs against production builds of both apps on a seeded database (see scripts/test.mjs).
const DEMO_PASSWORD = process.env.DEMO_PASSWORD;

test("a customer buys, the seller delivers, the customer writes a verified-purchase review the medicine page and card show", async ({ page, browser, playwright }) => {
  test.skip(!DEMO_PASSWORD, "DEMO_PASSWORD (the seeded sellers' password) is not set");
  test.skip(!outboxDir, "the new customer's verification mail is read from MAIL_OUTBOX_DIR");
  test.setTimeout(240_000);
  // A medicine nobody reviewed yet, so the rating it ends with is this customer's alone.
  const found = (await listOtcMedicines(page.request, "price_desc")).find((m) => m.rating.count === 0);
  expect(found, "an in-stock over-the-counter medicine without reviews").toBeTruthy();
  const m = found!;

  // 1. A verified customer orders it.
  const tag = Math.random().toString(36).slice(2, 8);
  const first = `Rev${tag}`;
  const email = uniqueEmail("reviewer");
  const password = "e2e-Password-123";
  const storefront = await playwright.request.newContext({ baseURL: WEB_URL });
  await signUpVerifiedCustomer(storefront, WEB_URL, { name: `${first} Tester`, email, password });
  await storefront.dispose();
  await signInOn(page, email, password);

  await page.goto(`/medicines/${m.slug}`);
  // Before delivery there is nothing to review.
  await expect(page.getByText("You can review this medicine once an order containing it has been delivered to you.")).toBeVisible();
  await page.getByRole("button", { name: "Add to cart", exact: true }).click();
  await expect(page.getByText("Added to your cart.")).toBeVisible();
  const order = await placeOrderAtCheckout(page);

  // 2. Its seller moves the order to DELIVERED in the console.
  const seller = await consolePage(browser, sellerEmail(m.seller.id)!, DEMO_PASSWORD!);
  await sellerAdvancesOrder(seller.page, order.number, TO_DELIVERED);
  await seller.context.close();

  // 3. The delivered order invites a review; the customer writes one (4 stars).
  await page.goto(order.href);
  await expect(page.getByRole("heading", { level: 2, name: /^Status:/ })).toContainText("Delivered");
  const invites = page.getByRole("list", { name: "Review the items of this order" });
  await invites.getByRole("link", { name: new RegExp(`Write a review of ${escapeRegExp(m.name)}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/medicines/${m.slug}#write-review$`));
  const form = page.getByRole("form", { name: "Post review" });
  await form.getByRole("radio", { name: /^4 stars/ }).check();
  await form.getByLabel("Title (optional)").fill(`Works well ${tag}`);
  await form.getByLabel("Your review (optional)").fill("Arrived quickly. <b>Not bold</b> because reviews are plain text.");
  await form.getByRole("button", { name: "Post review" }).click();

  // 4. The review is listed as a verified purchase (markup shown as text), and the rating counts it.
  const review = page.getByRole("list", { name: "Customer reviews" }).getByRole("listitem", { name: `Review by ${first} T.` });
  await expect(review).toContainText(`Works well ${tag}`);
  await expect(review).toContainText("Verified purchase");
  await expect(review).toContainText("<b>Not bold</b>");
  await expect(review.locator("b")).toHaveCount(0);
  await page.reload();
  const ratings = page.getByRole("region", { name: "Ratings" });
  await expect(ratings).toContainText("4.0 out of 5");
  await expect(ratings).toContainText("(1 review)");

  // 5. The catalogue card shows the new rating.
  await page.goto(`/?search=${encodeURIComponent(m.name)}`);
  const card = page.getByRole("list", { name: "Medicines" }).locator(`[aria-labelledby="medicine-${m.id}"]`);
  await expect(card).toContainText("Rated 4.0 out of 5");
  await expect(card).toContainText("(1 review)");
});
