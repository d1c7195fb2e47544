import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActor } from "./actor";
import { createAuth, type Auth } from "./create-auth";
import { cookieFrom, headersWithCookie, uniqueEmail } from "./test-helpers";

/**
 * Session lifecycle. Also covered elsewhere: password reset revokes every other session
 * (password-reset.test.ts "mails a link, sets the new password and revokes every other session"), sign-up
 * ignores role/banned (sign-up.test.ts), cookies httpOnly/SameSite=Lax/Secure in production (session-cookies.test.ts).
 */
const WEB = "http://localhost:3000";
const ADMIN = "http://localhost:3001";
const PASSWORD = "sessions test passphrase";
const SECRET = "sessions-test-secret-0123456789abcdefghijkl";
let t: TestDatabase;
let web: Auth;
let admin: Auth;

beforeAll(async () => {
  t = await createTestDatabase();
  const base = { db: t.db, mailer: { send: async () => {} }, secret: SECRET, rateLimit: { enabled: false } };
  web = createAuth({ ...base, baseURL: WEB, trustedOrigins: [ADMIN] });
  admin = createAuth({ ...base, baseURL: ADMIN, trustedOrigins: [WEB] });
});
afterAll(async () => {
  await t?.drop();
});

async function signUp(email: string): Promise<string> {
  const { headers } = await web.api.signUpEmail({ body: { email, password: PASSWORD, name: "S" }, returnHeaders: true });
  return cookieFrom(headers);
}
async function signIn(auth: Auth, email: string): Promise<string> {
  const { headers } = await auth.api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
  return cookieFrom(headers);
}
const token = (cookie: string) => /session_token=([^;]+)/.exec(cookie)?.[1];

describe("sessions", () => {
  it("every sign-in issues a new session token (no fixation), each its own server-side row", async () => {
    const email = uniqueEmail("fresh");
    const first = await signUp(email);
    const second = await signIn(web, email);
    const third = await signIn(web, email);
    const tokens = [first, second, third].map(token);
    expect(new Set(tokens).size).toBe(3);
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(3);

    // A token the client makes up (or keeps from before sign-in) is not adopted.
    const forged = await web.api.signInEmail({
      body: { email, password: PASSWORD },
      headers: headersWithCookie("better-auth.session_token=attacker-chosen"),
      returnHeaders: true,
    });
    expect(token(cookieFrom(forged.headers))).not.toBe("attacker-chosen");
  });

  it("sign-out deletes the server session: the old cookie is worthless, other devices stay signed in", async () => {
    const email = uniqueEmail("signout");
    await signUp(email);
    const laptop = await signIn(web, email);
    const phone = await signIn(web, email);
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    const stored = decodeURIComponent(token(laptop) ?? "").split(".")[0] ?? "";
    expect(await t.db.session.count({ where: { token: stored } })).toBe(1);
    const before = await t.db.session.count({ where: { userId: user.id } });
    const res = await web.handler(new Request(`${WEB}/api/auth/sign-out`, { method: "POST", headers: { origin: WEB, cookie: laptop } }));
    expect(res.status).toBe(200);
    expect(await t.db.session.count({ where: { token: stored } })).toBe(0);
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(before - 1);
    // Replaying the cookie after sign-out (e.g. copied before) does not work.
    expect(await getActor(web, headersWithCookie(laptop))).toBeNull();
    expect(await getActor(web, headersWithCookie(phone))).not.toBeNull();
  });

  it("a banned user's sessions die at once, in both apps, without waiting for expiry", async () => {
    const email = uniqueEmail("ban");
    await signUp(email);
    const onWeb = await signIn(web, email);
    const onAdmin = await signIn(admin, email);
    expect(await getActor(web, headersWithCookie(onWeb))).not.toBeNull();
    expect(await getActor(admin, headersWithCookie(onAdmin))).not.toBeNull();

    await t.db.user.update({ where: { email }, data: { banned: true, banReason: "abuse" } });
    expect(await getActor(web, headersWithCookie(onWeb))).toBeNull();
    expect(await getActor(admin, headersWithCookie(onAdmin))).toBeNull();
    // And no new session can be made.
    await expect(signIn(web, email)).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe("Better-Auth's rate limiter", () => {
  it("holds across two auth instances (two processes / both apps) sharing the database", async () => {
    const rules = { "/sign-in/email": { window: 60, max: 2 } };
    const base = { db: t.db, mailer: { send: async () => {} }, secret: SECRET, rateLimit: { rules } };
    const one = createAuth({ ...base, baseURL: WEB, trustedOrigins: [ADMIN] });
    const two = createAuth({ ...base, baseURL: WEB, trustedOrigins: [ADMIN] });
    const email = uniqueEmail("limited");
    await signUp(email);
    const attempt = (auth: Auth, ip: string) =>
      auth.handler(
        new Request(`${WEB}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { origin: WEB, "content-type": "application/json", "x-forwarded-for": ip },
          body: JSON.stringify({ email, password: "wrong password" }),
        }),
      );
    expect((await attempt(one, "203.0.113.50")).status).toBe(401);
    expect((await attempt(two, "203.0.113.50")).status).toBe(401);
    const blocked = await attempt(one, "203.0.113.50");
    expect(blocked.status).toBe(429);
    expect((await attempt(two, "203.0.113.50")).status).toBe(429);
    expect((await attempt(two, "198.51.100.50")).status).toBe(401);
  });
});
