import { describe, expect, it } from "vitest";
import { getActor } from "./actor";
import { ADMIN, PASSWORD, WEB, useAuthHarness } from "./auth-harness";
import { cookieFrom, headersWithCookie, linkIn, uniqueEmail } from "./test-helpers";

// Sign-up: verification mail, refused fields, CSRF / redirect checks, trusted origins.
const h = useAuthHarness();

describe("sign-up and email verification", () => {
  it("sends a verification mail whose link verifies the email and signs the user in", async () => {
    const email = uniqueEmail("verify");
    const res = await h.signUp(email, { callbackURL: "/welcome" });
    expect(res.status).toBe(200);

    // Sign-in works before verification; the flag is tracked.
    const signUpCookie = cookieFrom(res.headers);
    const early = await getActor(h.auth, headersWithCookie(signUpCookie));
    expect(early).toMatchObject({ email, role: "CUSTOMER", name: "Test User" });
    expect((await h.testDb.db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBe(false);

    const mail = await h.smtp.waitForMail((m) => m.to.includes(email));
    expect(mail.subject).toMatch(/verify/i);
    expect(mail.html).toContain("Verify email");
    const link = linkIn(mail.text, "/api/auth/verify-email");
    expect(link.startsWith(`${WEB}/api/auth/verify-email?token=`)).toBe(true);

    const verified = await h.auth.handler(new Request(link));
    expect(verified.status).toBe(302);
    expect(verified.headers.get("location")).toBe("/welcome");
    const user = await h.testDb.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerified).toBe(true);
    expect(user.role).toBe("CUSTOMER");

    // autoSignInAfterVerification: the redirect carries a session cookie.
    const autoCookie = cookieFrom(verified.headers);
    expect(await getActor(h.auth, headersWithCookie(autoCookie))).toMatchObject({ userId: user.id });

    const cookie = await h.signIn(email);
    const actor = await getActor(h.auth, headersWithCookie(cookie));
    expect(actor).toEqual({ userId: user.id, role: "CUSTOMER", email, name: "Test User" });
  });

  it("ignores role and ban state sent with sign-up", async () => {
    const email = uniqueEmail("sneaky");
    const res = await h.signUp(email, { role: "ADMIN", banned: true });
    expect(res.status).toBe(200);
    const user = await h.testDb.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("CUSTOMER");
    expect(user.banned).toBe(false);
    const actor = await getActor(h.auth, headersWithCookie(cookieFrom(res.headers)));
    expect(actor?.role).toBe("CUSTOMER");
  });

  it("refuses fields users may never set and passwords outside 8..128", async () => {
    expect((await h.signUp(uniqueEmail("phone"), { phone: "+15550100" })).status).toBe(400);
    expect((await h.call("/sign-up/email", { body: { email: uniqueEmail("short"), password: "1234567", name: "x" } })).status).toBe(400);
    expect((await h.call("/sign-up/email", { body: { email: uniqueEmail("long"), password: "x".repeat(129), name: "x" } })).status).toBe(400);
  });

  it("rejects cookie-bearing requests from an untrusted origin and foreign redirect targets", async () => {
    const email = uniqueEmail("csrf");
    const cookie = cookieFrom((await h.signUp(email)).headers);
    const forged = await h.call("/sign-in/email", {
      body: { email, password: PASSWORD },
      cookie,
      headers: { origin: "http://evil.example" },
    });
    expect(forged.status).toBe(403);
    const openRedirect = await h.call("/sign-up/email", {
      body: { email: uniqueEmail("redirect"), password: PASSWORD, name: "x", callbackURL: "http://evil.example/x" },
    });
    expect(openRedirect.status).toBe(403);
  });

  it("accepts the admin app as a trusted origin", async () => {
    const res = await h.call("/sign-up/email", {
      body: { email: uniqueEmail("admin-origin"), password: PASSWORD, name: "x" },
      headers: { origin: ADMIN },
    });
    expect(res.status).toBe(200);
  });
});
