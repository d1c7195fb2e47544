import { readFile } from "node:fs/promises";
import { expect as baseExpect, test, type Page } from "@playwright/test";

// Dashboard pages aggregate live data server-side: give them more than the default 10 s on a
// loaded CI machine (each wait still ends as soon as the page is there).
const expect = baseExpect.configure({ timeout: 30_000 });

// Runs against production builds on a seeded database (see scripts/test.mjs): the demo seed has
// delivered, cancelled and open orders within the last 90 days.
const ADMIN_EMAIL = process.env.ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD;
const DEMO_PASSWORD = process.env.DEMO_PASSWORD;

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Console" })).toBeVisible();
}

/** "$1,234.56" -> 123456 */
function cents(text: string): number {
  const m = /\$([\d,]+)\.(\d{2})/.exec(text);
  if (!m) throw new Error(`no amount in ${text}`);
  return Number(m[1]!.replace(/,/g, "")) * 100 + Number(m[2]);
}

/** Minimal RFC 4180 reader for the rows the dashboard writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n") row.push(field.replace(/\r$/, "")), rows.push(row), (row = []), (field = "");
    else field += c;
  }
  return rows;
}

test("an admin opens the revenue dashboard, sees the chart draw and downloads a CSV", async ({ page }) => {
  test.skip(!ADMIN_EMAIL || !ADMIN_PASSWORD, "ADMIN_EMAIL / ADMIN_PASSWORD (the seeded admin) are not set");
  await signIn(page, ADMIN_EMAIL as string, ADMIN_PASSWORD as string);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Revenue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Revenue" })).toBeVisible();
  await expect(page.getByText("Days are counted in the store time zone")).toBeVisible();

  await page.getByRole("radio", { name: "90 days" }).check();
  await expect(page).toHaveURL(/range=90d/);
  await page.getByRole("radio", { name: "Booked" }).check();
  await expect(page).toHaveURL(/basis=booked/);
  await expect(page.getByTestId("analytics-range")).toContainText("(90 days)");

  // recharts draws in the browser: the line's path exists and has a real shape.
  const line = page.locator(".recharts-line-curve");
  await expect(line).toHaveCount(1);
  await expect(line).toHaveAttribute("d", /^M[\d.]+,[\d.]+[LC]/);
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();

  const revenueCard = page.locator(".analytics-figure").filter({ hasText: /^Revenue/ });
  const revenueCents = cents((await revenueCard.locator(".hl-stat__value").textContent()) ?? "");
  expect(revenueCents).toBeGreaterThan(0);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download revenue by day as CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^revenue-by-day-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await download.path()) as string, "utf8")).replace(/^\uFEFF/, "");
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual(["Date", "Revenue (USD)", "Orders", "Units"]);
  expect(rows).toHaveLength(90);
  for (const row of rows) expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // The days add up to the headline figure, to the cent.
  const total = rows.reduce((sum, row) => {
    const [whole, frac] = (row[1] as string).split(".");
    return sum + Number(whole) * 100 + Number(frac);
  }, 0);
  expect(total).toBe(revenueCents);

  // Every table exports; the by-pharmacy table names pharmacies (text that may need quoting).
  const sellers = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download revenue by pharmacy as CSV" }).click();
  const sellerRows = parseCsv((await readFile((await (await sellers).path()) as string, "utf8")).replace(/^\uFEFF/, ""));
  expect(sellerRows[0]).toEqual(["Pharmacy", "Revenue (USD)", "Orders", "Units", "Account"]);
  expect(sellerRows.length).toBeGreaterThan(1);
  await expect(page.getByRole("table", { name: "Revenue by pharmacy" })).toContainText(sellerRows[1]![0]!);
});

test("a custom range the wrong way round is explained, not a crash", async ({ page }) => {
  test.skip(!ADMIN_EMAIL || !ADMIN_PASSWORD, "ADMIN_EMAIL / ADMIN_PASSWORD (the seeded admin) are not set");
  await signIn(page, ADMIN_EMAIL as string, ADMIN_PASSWORD as string);
  await page.goto("/analytics?range=custom&from=2026-03-10&to=2026-03-01");
  await expect(page.getByText("This range cannot be shown")).toBeVisible();
  await expect(page.getByText("The end date is before the start date")).toBeVisible();
  await page.goto("/analytics?range=custom&from=2001-01-01&to=2001-01-07");
  await expect(page.getByText("No orders in this range")).toBeVisible();
});

test("a seller sees the same figures for their own orders only", async ({ page }) => {
  test.skip(!DEMO_PASSWORD, "DEMO_PASSWORD (the seeded demo users' password) is not set");
  await signIn(page, "seller1@healio.test", DEMO_PASSWORD as string);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Revenue" }).click();
  await expect(page.getByText("Your pharmacy's revenue, live from your own orders.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Revenue by day" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Revenue by pharmacy" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);
});

test("an admin filters the audit log and opens a before/after diff", async ({ page }) => {
  test.skip(!ADMIN_EMAIL || !ADMIN_PASSWORD, "ADMIN_EMAIL / ADMIN_PASSWORD (the seeded admin) are not set");
  await signIn(page, ADMIN_EMAIL as string, ADMIN_PASSWORD as string);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();

  await page.getByLabel("Action").fill("no.such_action");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=no\.such_action/);
  await expect(page.getByText("No audit entries match these filters")).toBeVisible();

  // seed:admin leaves one "admin.seeded" row about the admin's own account.
  await page.getByLabel("Action").fill("admin.seeded");
  await page.getByLabel("Entity type").fill("User");
  await page.getByRole("button", { name: "Filter" }).click();
  const table = page.getByRole("table", { name: "Audit log, newest first" });
  await expect(table.locator(":scope > tbody > tr")).toHaveCount(1);
  await expect(table).toContainText("admin.seeded");
  await table.getByText("show before/after").click();
  const diff = table.getByRole("table", { name: "Before and after, field by field" });
  await expect(diff.getByRole("row").filter({ hasText: "role" })).toContainText("ADMIN");
});
