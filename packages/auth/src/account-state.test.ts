import { describe, expect, it } from "vitest";
import { getActor } from "./actor";
import { PASSWORD, useAuthHarness } from "./auth-harness";
import { hashPassword, verifyPassword } from "./passwords";
import { headersWithCookie, uniqueEmail } from "./test-helpers";

// Who getActor resolves: bans, forged cookies, role changes, seeded credential accounts.
const h = useAuthHarness();

describe("banned users", () => {
  it("lose their session and cannot sign in", async () => {
    const email = uniqueEmail("banned");
    expect((await h.signUp(email)).status).toBe(200);
    const cookie = await h.signIn(email);
    expect(await getActor(h.auth, headersWithCookie(cookie))).not.toBeNull();

    await h.testDb.db.user.update({ where: { email }, data: { banned: true, banReason: "fraud" } });
    expect(await getActor(h.auth, headersWithCookie(cookie))).toBeNull();

    const res = await h.call("/sign-in/email", { body: { email, password: PASSWORD } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: "USER_BANNED" });
    await expect(h.auth.api.signInEmail({ body: { email, password: PASSWORD } })).rejects.toMatchObject({ statusCode: 403 });

    await h.testDb.db.user.update({ where: { email }, data: { banned: false, banReason: null } });
    expect(await getActor(h.auth, headersWithCookie(await h.signIn(email)))).not.toBeNull();
  });
});

describe("getActor", () => {
  it("returns null without a session or with a forged cookie", async () => {
    expect(await getActor(h.auth, new Headers())).toBeNull();
    expect(await getActor(h.auth, headersWithCookie("better-auth.session_token=forged.value"))).toBeNull();
  });

  it("reflects a role change on the next request (no cookie cache)", async () => {
    const email = uniqueEmail("promoted");
    expect((await h.signUp(email)).status).toBe(200);
    const cookie = await h.signIn(email);
    await h.testDb.db.user.update({ where: { email }, data: { role: "SELLER" } });
    expect((await getActor(h.auth, headersWithCookie(cookie)))?.role).toBe("SELLER");
  });
});

describe("seeded credential accounts", () => {
  it("sign in with a password hashed by @healio/auth/passwords", async () => {
    const hash = await hashPassword(PASSWORD);
    expect(await verifyPassword({ hash, password: PASSWORD })).toBe(true);
    expect(await verifyPassword({ hash, password: "wrong password" })).toBe(false);

    const email = uniqueEmail("seeded");
    const user = await h.testDb.db.user.create({
      data: { id: `seed_${Date.now()}`, name: "Seeded Admin", email, emailVerified: true, role: "ADMIN" },
    });
    await h.testDb.db.account.create({
      data: { id: `acc_${user.id}`, userId: user.id, providerId: "credential", accountId: user.id, password: hash },
    });
    const actor = await getActor(h.auth, headersWithCookie(await h.signIn(email)));
    expect(actor).toEqual({ userId: user.id, role: "ADMIN", email, name: "Seeded Admin" });
  });
});
