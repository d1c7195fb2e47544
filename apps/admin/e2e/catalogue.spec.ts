import { expect, test, type Page } from "@playwright/test";

// Runs against production builds on a seeded database (see scripts/test.mjs).
const WEB_URL = process.env.WEB_URL || "http://localhost:3000";
const DEMO_PASSWORD = process.env.DEMO_PASSWORD;
const ADMIN_EMAIL = process.env.ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD;
const SELLER = "seller1@healio.test";
const SELLER_STORE = "Green Cross Pharmacy";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Console" })).toBeVisible();
}

/** A made-up, pronounceable product name that no seeded medicine resembles. */
function inventedName(): string {
  const syllables = ["zor", "vel", "quan", "tix", "bra", "mol", "dre", "kev", "lun", "pax", "fim", "gor", "sul", "nox", "vid", "rak"];
  const pick = () => syllables[Math.floor(Math.random() * syllables.length)] ?? "zor";
  const word = `${pick()}${pick()}${pick()}${pick()}`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The same word with one letter from the middle dropped: a typo. */
function misspell(word: string): string {
  const at = Math.floor(word.length / 2);
  return word.slice(0, at) + word.slice(at + 1);
}

type Created = { name: string; url: string };

/** Creates a listing through the console form and lands on its page. */
async function createMedicine(page: Page, opts: { price: string; stock: string; threshold: string }): Promise<Created> {
  const name = inventedName();
  await page.goto("/medicines");
  await page.getByRole("link", { name: "New medicine" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "New medicine" })).toBeVisible();
  const form = page.getByRole("form", { name: "New medicine" });
  await form.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await form.getByLabel("Generic name").fill("Paracetamol");
  await form.getByLabel("Strength").fill("250 mg");
  await form.getByLabel("Dosage form").fill("Tablet");
  await form.getByLabel("Pack size").fill("16 tablets");
  await form.getByLabel("Manufacturer").fill("E2E Pharma Labs");
  await form.getByLabel("Category").selectOption({ label: "Medicines" }); // a seeded top-level category
  await form.getByLabel("Description").fill("Created by the end-to-end test.");
  await form.getByLabel("Price (USD)").fill(opts.price);
  await form.getByLabel("Initial stock").fill(opts.stock);
  await form.getByLabel("Low-stock threshold").fill(opts.threshold);
  await form.getByRole("button", { name: "Create medicine" }).click();

  await expect(page).toHaveURL(/\/medicines\/[^/?]+\?notice=created$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("The medicine was created and is on sale in the storefront.")).toBeVisible();
  return { name, url: page.url().replace(/\?.*$/, "") };
}

test.describe("catalogue in the console", () => {
  test.skip(!DEMO_PASSWORD, "DEMO_PASSWORD (the seeded demo users' password) is not set");

  test("the listing form shows field errors from the shared schema", async ({ page }) => {
    await signIn(page, SELLER, DEMO_PASSWORD as string);
    await page.goto("/medicines/new");
    const form = page.getByRole("form", { name: "New medicine" });
    await form.getByLabel("Price (USD)").fill("12.999");
    await form.getByRole("button", { name: "Create medicine" }).click();
    await expect(form.getByRole("textbox", { name: "Name", exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("Name must have at least 2 characters.", { exact: true })).toBeVisible();
    await expect(form.getByText("Strength is required (e.g. 500 mg).")).toBeVisible();
    await expect(form.getByText("Use at most two decimals (whole cents).")).toBeVisible();
    await expect(form.getByText("Choose a category.")).toBeVisible();
  });

  test("a seller creates a medicine and a visitor finds it by searching with a typo", async ({ page, browser }) => {
    await signIn(page, SELLER, DEMO_PASSWORD as string);
    const { name } = await createMedicine(page, { price: "12.99", stock: "20", threshold: "5" });
    await expect(page.getByText("$12.99").first()).toBeVisible();
    await expect(page.getByTestId("current-stock")).toHaveText("20");

    // The seller's list shows it first (newest first).
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Medicines" }).click();
    await expect(page.getByRole("table").getByRole("link", { name, exact: true })).toBeVisible();

    // A visitor (no session) searches the storefront with one letter missing.
    const visitor = await browser.newContext({ baseURL: WEB_URL });
    try {
      const shop = await visitor.newPage();
      await shop.goto("/");
      const typo = misspell(name);
      await shop.getByRole("searchbox", { name: "Search medicines" }).fill(typo);
      await shop.getByRole("search").getByRole("button", { name: "Search" }).click();
      await expect(shop).toHaveURL(new RegExp(`[?&]search=${typo}`));
      const result = shop.getByRole("list", { name: "Medicines" }).getByRole("link", { name, exact: true });
      await expect(result).toBeVisible();
      await result.click();

      await expect(shop).toHaveURL(/\/medicines\/[a-z0-9-]+$/);
      await expect(shop.getByRole("heading", { level: 1 })).toContainText(name);
      await expect(shop).toHaveTitle(new RegExp(name));
      await expect(shop.getByText("$12.99").first()).toBeVisible();
      await expect(shop.getByText("In stock").first()).toBeVisible();
      await expect(shop.getByText(SELLER_STORE).first()).toBeVisible();
      await expect(shop.getByRole("heading", { name: "Ratings" })).toBeVisible();
    } finally {
      await visitor.close();
    }
  });

  test("a seller edits the price, sees the audit entry, restocks and archives", async ({ page, browser }) => {
    await signIn(page, SELLER, DEMO_PASSWORD as string);
    const { name, url } = await createMedicine(page, { price: "12.99", stock: "20", threshold: "5" });

    // Edit the price: the history shows who changed it from what to what.
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Edit ${name}` })).toBeVisible();
    await page.getByLabel("Price (USD)").fill("13.45");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Your changes were saved.")).toBeVisible();
    await expect(page.getByText("$13.45").first()).toBeVisible();
    const history = page.getByRole("list", { name: "Audit history, newest first" });
    const edited = history.getByRole("listitem").filter({ hasText: "Listing edited" });
    await expect(edited).toContainText("Price");
    await expect(edited).toContainText("$12.99");
    await expect(edited).toContainText("$13.45");
    await expect(edited).toContainText("Amelia Hart");

    // Restock 15: stock goes from 20 to 35, a ledger row and an audit row appear.
    const stock = page.getByRole("form", { name: "Change stock" });
    await stock.getByLabel("Restock").check();
    await stock.getByLabel("Quantity").fill("15");
    await stock.getByLabel("Lot number").fill("E2E-LOT-15");
    await stock.getByLabel("Expiry date").fill("2030-06-30");
    await expect(stock.getByText("Stock after this change: 35.")).toBeVisible();
    await stock.getByRole("button", { name: "Restock" }).click();
    await expect(page.getByText("stock is now 35 (was 20)")).toBeVisible();
    await expect(page.getByTestId("current-stock")).toHaveText("35");
    const ledger = page.getByRole("table", { name: "Stock movements, newest first" });
    await expect(ledger.getByRole("row").nth(1)).toContainText("+15");
    await expect(ledger.getByRole("row").nth(1)).toContainText("Restock");
    await expect(history.getByRole("listitem").first()).toContainText("Stock changed · Restock");

    // Writing off more than is in stock is refused with a clear message.
    await stock.getByLabel("Write off damaged").check();
    await stock.getByLabel("Quantity").fill("100");
    await stock.getByRole("button", { name: "Write off" }).click();
    await expect(stock.getByText("Only 35 in stock: this would take stock below zero.")).toBeVisible();
    await expect(page.getByTestId("current-stock")).toHaveText("35");

    // A correction needs a note.
    await stock.getByLabel("Correction").check();
    await stock.getByLabel("Adjust by (+ or −)").fill("-2");
    await stock.getByRole("button", { name: "Apply correction" }).click();
    await expect(stock.getByText("Explain the correction (at least 3 characters).")).toBeVisible();
    await stock.getByLabel("Note (required)").fill("Shelf count found two fewer");
    await stock.getByRole("button", { name: "Apply correction" }).click();
    await expect(page.getByText("stock is now 33 (was 35)")).toBeVisible();

    // Archive behind a confirmation: the storefront no longer sells it.
    const storefrontHref = await page.getByRole("link", { name: /View in storefront/ }).getAttribute("href");
    const productPath = new URL(storefrontHref ?? "", WEB_URL).pathname;
    await page.getByRole("button", { name: "Archive" }).click();
    const dialog = page.getByRole("dialog", { name: `Archive “${name}”?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Yes, archive" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("This listing is hidden from the storefront")).toBeVisible();
    await expect(history.getByRole("listitem").first()).toContainText("Archived");

    const visitor = await browser.newContext({ baseURL: WEB_URL });
    try {
      const shop = await visitor.newPage();
      const response = await shop.goto(productPath);
      expect(response?.status()).toBe(404);
    } finally {
      await visitor.close();
    }

    await page.goto(url);
    await page.getByRole("button", { name: "Restore to sale" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Yes, restore" }).click();
    await expect(page.getByText("This listing is hidden from the storefront")).toBeHidden();
  });

  test("the low-stock page lists the seller's emptiest medicines", async ({ page }) => {
    await signIn(page, SELLER, DEMO_PASSWORD as string);
    const { name } = await createMedicine(page, { price: "4.50", stock: "2", threshold: "5" });
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Low stock" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Low stock" })).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
    // Emptiest first: with many seeded low-stock medicines it may sit on a later page.
    const more = page.getByRole("button", { name: "Load more" });
    for (let i = 0; i < 30 && !(await row.isVisible()) && (await more.isVisible()); i += 1) {
      await more.click();
      await expect(page.getByRole("button", { name: "Loading more…" })).toHaveCount(0);
    }
    await expect(row).toBeVisible();
    await expect(row).toContainText("Only 2 left");
  });
});

test.describe("categories (admin)", () => {
  test.skip(!ADMIN_EMAIL || !ADMIN_PASSWORD, "ADMIN_EMAIL / ADMIN_PASSWORD are not set");

  test("create, refuse a move under a descendant, delete with reassignment", async ({ page }) => {
    await signIn(page, ADMIN_EMAIL as string, ADMIN_PASSWORD as string);
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Categories" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Categories" })).toBeVisible();
    const suffix = Math.random().toString(36).slice(2, 7);
    const parent = `E2E Parent ${suffix}`;
    const child = `E2E Child ${suffix}`;

    await page.getByRole("button", { name: "New top-level category" }).click();
    let dialog = page.getByRole("dialog", { name: "New top-level category" });
    await dialog.getByLabel("Name").fill(parent);
    await dialog.getByRole("button", { name: "Create category" }).click();
    await expect(page.getByText(`Category “${parent}” created.`)).toBeVisible();

    await page.getByRole("button", { name: `Add a subcategory to ${parent}` }).click();
    dialog = page.getByRole("dialog", { name: `New subcategory of “${parent}”` });
    await dialog.getByLabel("Name").fill(child);
    await dialog.getByRole("button", { name: "Create category" }).click();
    await expect(page.getByText(`Category “${child}” created.`)).toBeVisible();

    // Moving the parent under its own child is refused by the server (CONFLICT).
    await page.getByRole("button", { name: `Move ${parent}` }).click();
    dialog = page.getByRole("dialog", { name: `Move “${parent}”` });
    await dialog.getByLabel("New parent").selectOption({ label: `\u2014 ${child}` });
    await dialog.getByRole("button", { name: "Move category" }).click();
    await expect(dialog.getByRole("alert")).toContainText("A category cannot be moved under itself or one of its own descendants.");
    await dialog.getByRole("button", { name: "Cancel" }).click();

    // Deleting a category with a subcategory says what it holds and asks where its contents go.
    await page.getByRole("button", { name: `Delete ${parent}` }).click();
    dialog = page.getByRole("dialog", { name: `Delete “${parent}”?` });
    await expect(dialog).toContainText(`“${parent}” holds 0 active medicines (its subcategories included) and 1 subcategory.`);
    await dialog.getByLabel("Move its medicines and subcategories to").selectOption({ index: 1 });
    await dialog.getByRole("button", { name: "Move contents and delete" }).click();
    await expect(page.getByText(`Category “${parent}” deleted. 0 medicine(s) and 1 subcategory(ies) were moved.`)).toBeVisible();
    await expect(page.getByRole("button", { name: `Delete ${parent}` })).toHaveCount(0);

    // Clean up: the (now empty) child goes directly.
    await page.getByRole("button", { name: `Delete ${child}` }).click();
    dialog = page.getByRole("dialog", { name: `Delete “${child}”?` });
    await expect(dialog).toContainText("is empty");
    await dialog.getByRole("button", { name: "Delete category" }).click();
    await expect(page.getByText(`Category “${child}” deleted.`)).toBeVisible();
  });
});
