import { createTestDatabase } from "@healio/db/testing";
import type { TestDatabase } from "@healio/db/testing";
import { createMailer } from "@healio/mail";
import { startTestSmtpServer } from "@healio/mail/testing";
import type { TestSmtpServer } from "@healio/mail/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActor } from "./actor";
import { createAuth } from "./create-auth";
import type { Auth } from "./create-auth";
import { hashPassword, verifyPassword } from "./passwords";
import { cookieFrom, headersWithCookie, linkIn, uniqueEmail } from "./test-helpers";

const WEB = "http://localhost:3000";
const ADMIN = "http://localhost:3001";
const SECRET = "test-secret-test-secret-test-secret-0123456789";
const PASSWORD = "correct horse battery";

let testDb: TestDatabase;
let smtp: TestSmtpServer;
let auth: Auth;

beforeAll(async () => {
  [testDb, smtp] = await Promise.all([createTestDatabase(), startTestSmtpServer()]);
  auth = createAuth({
    db: testDb.db,
    mailer: createMailer({ smtpUrl: smtp.url, from: "Healio <no-reply@healio.test>" }),
    baseURL: WEB,
    secret: SECRET,
    trustedOrigins: [ADMIN],
    rateLimit: { enabled: false },
  });
});

afterAll(async () => {
  await Promise.all([smtp?.close(), testDb?.drop()]);
});

/** A browser-like call to the auth handler (the Next route does exactly this). */
function call(path: string, init: { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers({ origin: WEB, ...init.headers });
  if (init.body !== undefined) headers.set("content-type", "application/json");
  if (init.cookie) headers.set("cookie", init.cookie);
  return auth.handler(
    new Request(path.startsWith("http") ? path : `${WEB}/api/auth${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
  );
}

async function signUp(email: string, extra: Record<string, unknown> = {}) {
  const res = await call("/sign-up/email", { body: { email, password: PASSWORD, name: "Test User", ...extra } });
  return res;
}

async function signIn(email: string, password = PASSWORD): Promise<string> {
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = cookieFrom(headers);
  expect(cookie).toContain("session_token=");
  return cookie;
}

describe("sign-up and email verification", () => {
  it("sends a verification mail whose link verifies the email and signs the user in", async () => {
    const email = uniqueEmail("verify");
    const res = await signUp(email, { callbackURL: "/welcome" });
    expect(res.status).toBe(200);

    // Sign-in works before verification; the flag is tracked.
    const signUpCookie = cookieFrom(res.headers);
    const early = await getActor(auth, headersWithCookie(signUpCookie));
    expect(early).toMatchObject({ email, role: "CUSTOMER", name: "Test User" });
    expect((await testDb.db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBe(false);

    const mail = await smtp.waitForMail((m) => m.to.includes(email));
    expect(mail.subject).toMatch(/verify/i);
    expect(mail.html).toContain("Verify email");
    const link = linkIn(mail.text, "/api/auth/verify-email");
    expect(link.startsWith(`${WEB}/api/auth/verify-email?token=`)).toBe(true);

    const verified = await auth.handler(new Request(link));
    expect(verified.status).toBe(302);
    expect(verified.headers.get("location")).toBe("/welcome");
    const user = await testDb.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerified).toBe(true);
    expect(user.role).toBe("CUSTOMER");

    // autoSignInAfterVerification: the redirect carries a session cookie.
    const autoCookie = cookieFrom(verified.headers);
    expect(await getActor(auth, headersWithCookie(autoCookie))).toMatchObject({ userId: user.id });

    const cookie = await signIn(email);
    const actor = await getActor(auth, headersWithCookie(cookie));
    expect(actor).toEqual({ userId: user.id, role: "CUSTOMER", email, name: "Test User" });
  });

  it("ignores role and ban state sent with sign-up", async () => {
    const email = uniqueEmail("sneaky");
    const res = await signUp(email, { role: "ADMIN", banned: true });
    expect(res.status).toBe(200);
    const user = await testDb.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("CUSTOMER");
    expect(user.banned).toBe(false);
    const actor = await getActor(auth, headersWithCookie(cookieFrom(res.headers)));
    expect(actor?.role).toBe("CUSTOMER");
  });

  it("refuses fields users may never set and passwords outside 8..128", async () => {
    expect((await signUp(uniqueEmail("phone"), { phone: "+15550100" })).status).toBe(400);
    expect((await call("/sign-up/email", { body: { email: uniqueEmail("short"), password: "1234567", name: "x" } })).status).toBe(400);
    expect((await call("/sign-up/email", { body: { email: uniqueEmail("long"), password: "x".repeat(129), name: "x" } })).status).toBe(400);
  });

  it("rejects cookie-bearing requests from an untrusted origin and foreign redirect targets", async () => {
    const email = uniqueEmail("csrf");
    const cookie = cookieFrom((await signUp(email)).headers);
    const forged = await call("/sign-in/email", {
      body: { email, password: PASSWORD },
      cookie,
      headers: { origin: "http://evil.example" },
    });
    expect(forged.status).toBe(403);
    const openRedirect = await call("/sign-up/email", {
      body: { email: uniqueEmail("redirect"), password: PASSWORD, name: "x", callbackURL: "http://evil.example/x" },
    });
    expect(openRedirect.status).toBe(403);
  });

  it("accepts the admin app as a trusted origin", async () => {
    const res = await call("/sign-up/email", {
      body: { email: uniqueEmail("admin-origin"), password: PASSWORD, name: "x" },
      headers: { origin: ADMIN },
    });
    expect(res.status).toBe(200);
  });
});

describe("session cookies", () => {
  it("are httpOnly and SameSite=Lax, not Secure outside production", async () => {
    const res = await signUp(uniqueEmail("cookie"));
    const session = res.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/;\s*Secure/i);
    // 7 days
    expect(session).toMatch(/Max-Age=604800/);
  });

  it("are Secure in production", async () => {
    const prodAuth = createAuth({
      db: testDb.db,
      mailer: createMailer({ smtpUrl: smtp.url, from: "Healio <no-reply@healio.test>" }),
      baseURL: "https://shop.healio.test",
      secret: SECRET,
      trustedOrigins: [],
      production: true,
      rateLimit: { enabled: false },
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

describe("password reset", () => {
  it("mails a link, sets the new password and revokes every other session", async () => {
    const email = uniqueEmail("reset");
    expect((await signUp(email)).status).toBe(200);
    const otherDevice = await signIn(email);
    expect(await getActor(auth, headersWithCookie(otherDevice))).not.toBeNull();

    const requested = await call("/request-password-reset", {
      body: { email, redirectTo: `${WEB}/reset-password` },
    });
    expect(requested.status).toBe(200);

    const mail = await smtp.waitForMail((m) => m.to.includes(email) && /reset/i.test(m.subject));
    const link = linkIn(mail.text, "/api/auth/reset-password/");
    const redirect = await auth.handler(new Request(link));
    expect(redirect.status).toBe(302);
    const location = new URL(redirect.headers.get("location") ?? "", WEB);
    expect(`${location.origin}${location.pathname}`).toBe(`${WEB}/reset-password`);
    const token = location.searchParams.get("token");
    expect(token).toBeTruthy();

    const newPassword = "a brand new password";
    const reset = await call("/reset-password", { body: { token, newPassword } });
    expect(reset.status).toBe(200);

    expect(await getActor(auth, headersWithCookie(otherDevice))).toBeNull();
    const user = await testDb.db.user.findUniqueOrThrow({ where: { email } });
    expect(await testDb.db.session.count({ where: { userId: user.id } })).toBe(0);

    await expect(auth.api.signInEmail({ body: { email, password: PASSWORD } })).rejects.toMatchObject({ statusCode: 401 });
    const cookie = await signIn(email, newPassword);
    expect(await getActor(auth, headersWithCookie(cookie))).toMatchObject({ email });

    // The token is single-use.
    const again = await call("/reset-password", { body: { token, newPassword: "yet another password" } });
    expect(again.status).toBe(400);
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    const email = uniqueEmail("nobody");
    const res = await call("/request-password-reset", { body: { email, redirectTo: `${WEB}/reset-password` } });
    expect(res.status).toBe(200);
    await expect(smtp.waitForMail((m) => m.to.includes(email), 500)).rejects.toThrow();
  });
});

describe("banned users", () => {
  it("lose their session and cannot sign in", async () => {
    const email = uniqueEmail("banned");
    expect((await signUp(email)).status).toBe(200);
    const cookie = await signIn(email);
    expect(await getActor(auth, headersWithCookie(cookie))).not.toBeNull();

    await testDb.db.user.update({ where: { email }, data: { banned: true, banReason: "fraud" } });
    expect(await getActor(auth, headersWithCookie(cookie))).toBeNull();

    const res = await call("/sign-in/email", { body: { email, password: PASSWORD } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: "USER_BANNED" });
    await expect(auth.api.signInEmail({ body: { email, password: PASSWORD } })).rejects.toMatchObject({ statusCode: 403 });

    await testDb.db.user.update({ where: { email }, data: { banned: false, banReason: null } });
    expect(await getActor(auth, headersWithCookie(await signIn(email)))).not.toBeNull();
  });
});

describe("getActor", () => {
  it("returns null without a session or with a forged cookie", async () => {
    expect(await getActor(auth, new Headers())).toBeNull();
    expect(await getActor(auth, headersWithCookie("better-auth.session_token=forged.value"))).toBeNull();
  });

  it("reflects a role change on the next request (no cookie cache)", async () => {
    const email = uniqueEmail("promoted");
    expect((await signUp(email)).status).toBe(200);
    const cookie = await signIn(email);
    await testDb.db.user.update({ where: { email }, data: { role: "SELLER" } });
    expect((await getActor(auth, headersWithCookie(cookie)))?.role).toBe("SELLER");
  });
});

describe("seeded credential accounts", () => {
  it("sign in with a password hashed by @healio/auth/passwords", async () => {
    const hash = await hashPassword(PASSWORD);
    expect(await verifyPassword({ hash, password: PASSWORD })).toBe(true);
    expect(await verifyPassword({ hash, password: "wrong password" })).toBe(false);

    const email = uniqueEmail("seeded");
    const user = await testDb.db.user.create({
      data: { id: `seed_${Date.now()}`, name: "Seeded Admin", email, emailVerified: true, role: "ADMIN" },
    });
    await testDb.db.account.create({
      data: { id: `acc_${user.id}`, userId: user.id, providerId: "credential", accountId: user.id, password: hash },
    });
    const actor = await getActor(auth, headersWithCookie(await signIn(email)));
    expect(actor).toEqual({ userId: user.id, role: "ADMIN", email, name: "Seeded Admin" });
  });
});

describe("rate limiting", () => {
  it("throttles sign-in per client IP with counters in the rateLimit table", async () => {
    const limited = createAuth({
      db: testDb.db,
      mailer: createMailer({ smtpUrl: smtp.url, from: "Healio <no-reply@healio.test>" }),
      baseURL: WEB,
      secret: SECRET,
      trustedOrigins: [],
      rateLimit: { rules: { "/sign-in/email": { window: 60, max: 2 } } },
    });
    const email = uniqueEmail("throttled");
    expect((await signUp(email)).status).toBe(200);
    const attempt = (ip: string) =>
      limited.handler(
        new Request(`${WEB}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { origin: WEB, "content-type": "application/json", "x-forwarded-for": ip },
          body: JSON.stringify({ email, password: "wrong password" }),
        }),
      );
    expect((await attempt("203.0.113.7")).status).toBe(401);
    expect((await attempt("203.0.113.7")).status).toBe(401);
    const blocked = await attempt("203.0.113.7");
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("x-retry-after"))).toBeGreaterThan(0);
    // Another client is not affected.
    expect((await attempt("198.51.100.9")).status).toBe(401);
    expect(await testDb.db.rateLimit.count()).toBeGreaterThanOrEqual(2);
  });
});
