import { expect, test, type Page } from "@playwright/test";

// Runs against a production build on a seeded database (see scripts/test.mjs).

function medicineCards(page: Page) {
  return page.getByRole("list", { name: "Medicines" }).getByRole("listitem");
}

/** "$1,234.56" -> 123456 */
function cents(text: string): number {
  const match = /\$([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`no price in "${text}"`);
  return Number((match[1] ?? "0").replace(/,/g, "")) * 100 + Number(match[2]);
}

async function cardPrices(page: Page): Promise<number[]> {
  const cards = await medicineCards(page).all();
  return Promise.all(cards.map(async (card) => cents(await card.locator(".medicine-card__price").innerText())));
}

test.describe("catalogue browsing", () => {
  test("category tree navigation with breadcrumbs, down to a subcategory", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Categories" });
    // The first link is "All medicines"; the top-level categories follow.
    const top = nav.getByRole("link").nth(1);
    const topName = (await top.innerText()).replace(/\s*\(\d+\)$/, "");
    await top.click();
    await expect(page).toHaveURL(/[?&]category=[a-z0-9-]+/);
    await expect(page.getByRole("heading", { level: 1, name: topName })).toBeVisible();
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("link", { name: "All medicines" })).toBeVisible();
    await expect(crumbs).toContainText(topName);
    await expect(medicineCards(page).first()).toBeVisible();

    // The opened branch shows its subcategories; a subcategory adds a crumb.
    const sub = nav.locator(".category-tree-nav__children > li > a").first();
    const subName = (await sub.innerText()).replace(/\s*\(\d+\)$/, "");
    await sub.click();
    await expect(page.getByRole("heading", { level: 1, name: subName })).toBeVisible();
    await expect(crumbs.getByRole("link", { name: topName })).toBeVisible();
    await expect(crumbs.locator("[aria-current=page]")).toHaveText(subName);
  });

  test("/categories/<slug> is an alias of the category filter", async ({ page }) => {
    await page.goto("/categories");
    await expect(page.getByRole("heading", { level: 1, name: "All categories" })).toBeVisible();
    const first = page.locator(".category-index__title a").first();
    const href = (await first.getAttribute("href")) ?? "";
    const slug = new URLSearchParams(href.split("?")[1]).get("category");
    expect(slug).toBeTruthy();
    await page.goto(`/categories/${slug}`);
    await expect(page).toHaveURL(new RegExp(`/\\?category=${slug}$`));
  });

  test("price range in dollars goes into the URL in cents and bounds the prices", async ({ page }) => {
    await page.goto("/");
    const filters = page.getByRole("form", { name: "Sort and filter" });
    await filters.getByLabel("Min").fill("5");
    await filters.getByLabel("Max").fill("10.50");
    await filters.getByRole("button", { name: "Apply price" }).click();
    await expect(page).toHaveURL(/[?&]minPrice=500&maxPrice=1050/);
    await expect(medicineCards(page).first()).toBeVisible();
    for (const price of await cardPrices(page)) {
      expect(price).toBeGreaterThanOrEqual(500);
      expect(price).toBeLessThanOrEqual(1050);
    }
    // The form keeps the dollars, and refuses nonsense.
    await expect(filters.getByLabel("Min")).toHaveValue("5.00");
    await filters.getByLabel("Max").fill("1.234");
    await filters.getByRole("button", { name: "Apply price" }).click();
    await expect(filters.getByText("Use at most two decimals (whole cents).")).toBeVisible();
  });

  test("sort by price and filter in-stock, reflected in the URL", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Sort by").selectOption({ label: "Price: low to high" });
    await expect(page).toHaveURL(/[?&]sort=price_asc/);
    await page.getByLabel("In stock only").check();
    await expect(page).toHaveURL(/[?&]inStock=1/);
    await expect(medicineCards(page).first()).toBeVisible();
    const prices = await cardPrices(page);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    for (const card of (await medicineCards(page).all()).slice(0, 10)) {
      await expect(card).not.toContainText("Out of stock");
    }
  });

  test("a malformed link is explained, not an error page", async ({ page }) => {
    const response = await page.goto("/?minPrice=abc&page=3");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("minPrice must be a whole, non-negative number.")).toBeVisible();
    await expect(medicineCards(page).first()).toBeVisible();
  });

  test("the medicine page shows seller, stock state, prescription and ratings", async ({ page }) => {
    await page.goto("/?sort=rating");
    await medicineCards(page).first().getByRole("heading", { level: 3 }).getByRole("link").click();
    await expect(page).toHaveURL(/\/medicines\//);
    const details = page.getByRole("main");
    await expect(details.getByText(/Sold by/).first()).toBeVisible();
    await expect(details.getByText(/In stock|Only \d+ left|Out of stock/).first()).toBeVisible();
    await expect(details.getByText(/Rx only|Over the counter/).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Ratings" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Reviews by stars" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "All medicines" })).toHaveAttribute("href", "/");
    // Server-rendered metadata (a full load; client navigations patch the head asynchronously).
    await page.reload();
    const name = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    await expect(page).toHaveTitle(`${name} · Healio`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{20,}/);
  });
});
