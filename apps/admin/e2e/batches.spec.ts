import { expect, test, type Page } from "@playwright/test";

// Runs against production builds on a seeded database (see scripts/test.mjs): the demo seed gives
// sellers lots that expire within 90 days.
const DEMO_PASSWORD = process.env.DEMO_PASSWORD;
const SELLER = "seller1@healio.test";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Console" })).toBeVisible();
}

test.describe("lots, expiry and recalls in the console", () => {
  test.skip(!DEMO_PASSWORD, "needs DEMO_PASSWORD (set by scripts/test.mjs)");

  test("a seller finds expiring lots, restocks a new lot, recalls it and closes the recall", async ({ page }) => {
    await signIn(page, SELLER, DEMO_PASSWORD!);
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Expiring lots" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Expiring lots" })).toBeVisible();
    await page.getByRole("link", { name: "Within 90 days" }).click();
    const expiring = page.getByRole("table", { name: /expiring within 90 days/ });
    await expect(expiring.getByRole("row").nth(1)).toBeVisible();
    await expiring.getByRole("row").nth(1).getByRole("link").click();

    // The medicine page lists its lots; a restock records a new one with its expiry.
    const lots = page.getByRole("table", { name: "Lots of this medicine, earliest expiry first" });
    await expect(lots).toBeVisible();
    const lotNumber = `E2E-${Date.now().toString(36).toUpperCase()}`;
    const stock = page.getByRole("form", { name: "Change stock" });
    await stock.getByLabel("Restock").check();
    await stock.getByLabel("Quantity").fill("4");
    await stock.getByLabel("Lot number").fill(lotNumber);
    await stock.getByLabel("Expiry date").fill("2031-03-31");
    await stock.getByRole("button", { name: "Restock" }).click();
    await expect(page.getByText(/stock is now/)).toBeVisible();
    const row = lots.getByRole("row").filter({ hasText: lotNumber });
    await expect(row).toContainText("Mar 31, 2031");
    await expect(row).toContainText("On sale");

    // Quarantine holds it back from sale; release puts it back.
    await row.getByRole("button", { name: "Quarantine…" }).click();
    const hold = page.getByRole("form", { name: `Quarantine lot ${lotNumber}` });
    await hold.getByLabel("Why (for the audit log)").fill("Carton arrived crushed");
    await hold.getByRole("button", { name: `Quarantine lot ${lotNumber}` }).click();
    await expect(row).toContainText("Quarantined");
    await row.getByRole("button", { name: "Release…" }).click();
    const release = page.getByRole("form", { name: `Release lot ${lotNumber}` });
    await release.getByLabel("Why (for the audit log)").fill("Packs inspected, intact");
    await release.getByRole("button", { name: `Release lot ${lotNumber}` }).click();
    await expect(row).toContainText("On sale");

    // Recall it: reason, explicit confirmation, then the recall page.
    await row.getByRole("button", { name: "Recall lot…" }).click();
    const form = page.getByRole("form", { name: `Recall lot ${lotNumber}` });
    await expect(form.getByRole("button", { name: `Recall lot ${lotNumber}` })).toBeDisabled();
    await form.getByLabel("Reason (sent to customers)").fill("short");
    await form.getByLabel("I understand that a recall cannot be undone.").check();
    await form.getByRole("button", { name: `Recall lot ${lotNumber}` }).click();
    await expect(form.getByText(/at least 10 characters/)).toBeVisible();
    await form.getByLabel("Reason (sent to customers)").fill("Seal defect reported by the wholesaler");
    await form.getByRole("button", { name: `Recall lot ${lotNumber}` }).click();

    await expect(page.getByRole("heading", { level: 1, name: `Recall of lot ${lotNumber}` })).toBeVisible();
    await expect(page.getByText("Seal defect reported by the wholesaler")).toBeVisible();
    await expect(page.getByText("No order used this lot")).toBeVisible();
    await page.getByLabel("How was it completed?").fill("All four packs sent back to the wholesaler");
    await page.getByRole("button", { name: "Close recall" }).click();
    await expect(page.getByText(/All four packs sent back to the wholesaler/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Close recall" })).toHaveCount(0);

    // Listed among the recalls; the lot stays recalled on the medicine page.
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Recalls" }).click();
    const recalls = page.getByRole("table", { name: "Recalls, newest first" });
    await expect(recalls.getByRole("row").filter({ hasText: lotNumber })).toContainText("Closed");
  });
});
