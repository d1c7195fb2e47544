import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import type { MailMessage } from "@healio/mail";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import { createAuth, type Auth } from "./create-auth";
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "./password-policy";
import { cookieFrom, linkIn, uniqueEmail } from "./test-helpers";

const WEB = "http://localhost:3000";
const GOOD = "violet staple orbit 42";
let t: TestDatabase;
let auth: Auth;
const mails: MailMessage[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  auth = createAuth({
    db: t.db,
    mailer: { send: async (m) => void mails.push(m) },
    baseURL: WEB,
    secret: "password-policy-test-secret-0123456789abcdef",
    trustedOrigins: [],
    rateLimit: { enabled: false },
  });
});
afterAll(async () => {
  await t?.drop();
});

function post(path: string, body: unknown, cookie?: string) {
  return auth.handler(
    new Request(`${WEB}/api/auth${path}`, {
      method: "POST",
      headers: { origin: WEB, "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );
}

describe("the shipped common-password list", () => {
  it("holds hundreds of real breached passwords, all long enough to pass the length rule", () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(500);
    for (const p of COMMON_PASSWORDS) {
      expect(p.length, p).toBeGreaterThanOrEqual(8);
      expect(p).toBe(p.toLowerCase());
    }
    for (const p of ["password", "12345678", "qwerty123", "iloveyou", "1q2w3e4r", "P@ssw0rd", "Password123", " sunshine "]) {
      expect(isCommonPassword(p), p).toBe(true);
    }
    expect(isCommonPassword(GOOD)).toBe(false);
  });
});

describe("password policy hook", () => {
  it("refuses a common password at sign-up (HTTP and server API) and creates nobody", async () => {
    const email = uniqueEmail("common");
    const res = await post("/sign-up/email", { email, password: "Password123", name: "x" });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ message: COMMON_PASSWORD_MESSAGE, code: "PASSWORD_TOO_COMMON" });
    await expect(auth.api.signUpEmail({ body: { email, password: "qwerty123", name: "x" } })).rejects.toMatchObject({
      statusCode: 400,
      message: COMMON_PASSWORD_MESSAGE,
    });
    expect(await t.db.user.count({ where: { email } })).toBe(0);
  });

  it("keeps the length rule: 7 and 129 characters are refused, 8 and 128 accepted", async () => {
    const signUp = (password: string) => post("/sign-up/email", { email: uniqueEmail("len"), password, name: "x" });
    expect((await signUp("x7Lq#pZ")).status).toBe(400);
    expect((await signUp("x8Lq#pZw")).status).toBe(200);
    expect((await signUp("k".repeat(128))).status).toBe(200);
    expect((await signUp("k".repeat(129))).status).toBe(400);
  });

  it("refuses a common new password on reset and on change, leaving the old one valid", async () => {
    const email = uniqueEmail("reset");
    const signUp = await post("/sign-up/email", { email, password: GOOD, name: "x" });
    expect(signUp.status).toBe(200);
    const cookie = cookieFrom(signUp.headers);

    expect((await post("/request-password-reset", { email, redirectTo: `${WEB}/reset-password` })).status).toBe(200);
    const mail = mails.find((m) => m.to === email && /reset/i.test(m.subject));
    const token = new URL(linkIn(mail?.text ?? "", "/reset-password/")).pathname.split("/").pop();
    const reset = await post("/reset-password", { token, newPassword: "iloveyou1" });
    expect(reset.status).toBe(400);
    expect(await reset.json()).toMatchObject({ message: COMMON_PASSWORD_MESSAGE });

    const change = await post("/change-password", { currentPassword: GOOD, newPassword: "Football123" }, cookie);
    expect(change.status).toBe(400);

    await expect(auth.api.signInEmail({ body: { email, password: GOOD } })).resolves.toMatchObject({ user: { email } });
    // The unused reset token still works with a good password.
    expect((await post("/reset-password", { token, newPassword: "another fine passphrase" })).status).toBe(200);
  });
});

describe("display names", () => {
  it("refuses invisible bidi controls in a name at sign-up and on update, and keeps plain names", async () => {
    const email = uniqueEmail("bidi");
    const spoof = await post("/sign-up/email", { email, password: GOOD, name: "Safe \u202Egnp.exe" });
    expect(spoof.status).toBe(400);
    expect(await spoof.json()).toMatchObject({ code: "NAME_HAS_BIDI_CONTROLS" });
    expect(await t.db.user.findUnique({ where: { email } })).toBeNull();

    const ok = await post("/sign-up/email", { email, password: GOOD, name: "Zoë Ångström" });
    expect(ok.status).toBe(200);
    const cookie = cookieFrom(ok.headers);
    for (const control of ["\u202A", "\u202E", "\u2066", "\u2069"]) {
      const res = await post("/update-user", { name: `Zoë${control}` }, cookie);
      expect(res.status, JSON.stringify(control)).toBe(400);
    }
    expect((await t.db.user.findUniqueOrThrow({ where: { email } })).name).toBe("Zoë Ångström");
    expect((await post("/update-user", { name: "Zoë Ångström-Lee" }, cookie)).status).toBe(200);
  });
});
