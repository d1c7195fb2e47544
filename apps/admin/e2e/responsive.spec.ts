import { expect, test } from "@playwright/test";

// The console's order queue at a laptop width and a phone width: the page never scrolls
// sideways (a wide table scrolls inside its own box), and a screenshot is kept (test-results/).
const DEMO_PASSWORD = process.env.DEMO_PASSWORD;

for (const viewport of [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const) {
  test(`order queue at ${viewport.width} px`, async ({ page }, info) => {
    test.skip(!DEMO_PASSWORD, "DEMO_PASSWORD (the seeded demo users' password) is not set");
    await page.setViewportSize(viewport);
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("seller1@healio.test");
    await page.getByLabel("Password").fill(DEMO_PASSWORD as string);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);
    await page.goto("/orders");
    await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
    const firstOrder = page.getByRole("table").locator("tbody tr").first();
    await expect(firstOrder).toBeVisible();
    await expect(firstOrder.getByRole("link").first()).toBeVisible();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
    await info.attach(`${viewport.name}-order-queue.png`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  });
}
