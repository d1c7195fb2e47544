import { expect, test, type Page } from "@playwright/test";
import { outboxDir } from "./mail-outbox";
import { signUpVerifiedCustomer } from "./verified-customer";

// "Continue with Test SSO" through a real OpenID Connect provider on loopback (scripts/test.mjs
// starts packages/auth/scripts/oidc-test-server.ts and configures the apps with OIDC_ISSUER).
const WEB_URL = process.env.WEB_URL || "http://localhost:3000";
const ISSUER = process.env.OIDC_ISSUER;

function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.healio.test`;
}

/** Who signs in at the provider next (the provider's own login page is scripted by its control route). */
async function atProvider(page: Page, person: { sub: string; email: string; emailVerified: boolean; name: string }) {
  const res = await page.request.post(`${ISSUER}/__test/person`, { data: person });
  expect(res.status()).toBe(204);
}

async function continueWithProvider(page: Page) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Test SSO" }).click();
}

test.describe("sign in with an external provider", () => {
  test.skip(!ISSUER, "needs the loopback OIDC provider (scripts/test.mjs)");

  test("first sign-in creates a customer account whose only way in is the provider", async ({ page }) => {
    const email = uniqueEmail("sso-new");
    await atProvider(page, { sub: `e2e-${email}`, email, emailVerified: true, name: "Sso Newcomer" });
    await continueWithProvider(page);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expect(page.getByText(`Signed in as ${email}`).first()).toBeVisible();
    // A new account from a provider is a customer account.
    await expect(page.getByRole("region", { name: "Profile" })).toContainText(/Role\s*Customer/);
    const ways = page.getByRole("list", { name: "Ways to sign in" });
    await expect(ways.getByText("Test SSO")).toBeVisible();
    await expect(ways.getByText("Your only way to sign in")).toBeVisible();
    await expect(page.getByText("You sign in with an external provider.")).toBeVisible();
    // Signing out of Healio ends the Healio session (not the provider's) and lands on the storefront.
    const header = page.getByRole("banner");
    await header.getByRole("button", { name: "Sign out" }).click();
    await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(WEB_URL);
  });

  test("links to a password account only when the provider vouches for the e-mail; unlink from the account page", async ({ page, browser }) => {
    test.skip(!outboxDir, "needs the mail outbox (verified customers)");
    const email = uniqueEmail("sso-link");
    const setup = await browser.newContext({ baseURL: WEB_URL });
    await signUpVerifiedCustomer(setup.request, WEB_URL, { name: "Pat Password", email, password: "sso link passphrase 77" });
    await setup.close();

    await atProvider(page, { sub: `e2e-unverified-${email}`, email, emailVerified: false, name: "Not Vouched" });
    await continueWithProvider(page);
    await expect(page).toHaveURL(/\/sign-in\?.*error=account_not_linked/);
    await expect(page.getByText("An account with this e-mail already exists")).toBeVisible();

    // Sign out at the provider (its session cookie) so the next person logs in there afresh.
    await page.context().clearCookies({ domain: new URL(ISSUER ?? WEB_URL).hostname });
    await atProvider(page, { sub: `e2e-verified-${email}`, email, emailVerified: true, name: "Vouched" });
    await continueWithProvider(page);
    await expect(page).toHaveURL(/\/account$/);
    const ways = page.getByRole("list", { name: "Ways to sign in" });
    await expect(ways.getByText("E-mail and password")).toBeVisible();
    await ways.getByRole("button", { name: "Unlink Test SSO" }).click();
    await expect(ways.getByText("Test SSO")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Connect Test SSO" })).toBeVisible();
  });
});
