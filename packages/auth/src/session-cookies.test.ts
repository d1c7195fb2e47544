import { describe, expect, it } from "vitest";
import { PASSWORD, useAuthHarness } from "./auth-harness";
import { uniqueEmail } from "./test-helpers";

// Session cookie attributes in development and production.
const h = useAuthHarness();

describe("session cookies", () => {
  it("are httpOnly and SameSite=Lax, not Secure outside production", async () => {
    const res = await h.signUp(uniqueEmail("cookie"));
    const session = res.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/;\s*Secure/i);
    // 7 days
    expect(session).toMatch(/Max-Age=604800/);
  });

  it("are Secure in production", async () => {
    const prodAuth = h.createAuth({
      baseURL: "https://shop.healio.test",
      trustedOrigins: [],
      production: true,
    });
    const res = await prodAuth.handler(
      new Request("https://shop.healio.test/api/auth/sign-up/email", {
        method: "POST",
        headers: { origin: "https://shop.healio.test", "content-type": "application/json" },
        body: JSON.stringify({ email: uniqueEmail("prod"), password: PASSWORD, name: "x" }),
      }),
    );
    expect(res.status).toBe(200);
    const session = res.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(session).toMatch(/^__Secure-/);
    expect(session).toMatch(/;\s*Secure/i);
  });
});
