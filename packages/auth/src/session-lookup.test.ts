import { describe, expect, it } from "vitest";
import { getActor } from "./actor";
import { useAuthHarness } from "./auth-harness";
import { headersWithCookie, uniqueEmail } from "./test-helpers";

// getActor reads a valid session cookie in one statement (session-lookup.ts) and leaves every other
// case to Better-Auth: these check that the outcomes are Better-Auth's.
const h = useAuthHarness();
const DAY_MS = 24 * 60 * 60 * 1000;

async function signedIn() {
  const email = uniqueEmail("lookup");
  expect((await h.signUp(email)).status).toBe(200);
  const cookie = await h.signIn(email);
  const user = await h.testDb.db.user.findUniqueOrThrow({ where: { email } });
  const session = await h.testDb.db.session.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
  return { cookie, user, session };
}

describe("session read", () => {
  it("finds the user of a valid cookie, and nobody once the session is deleted (sign-out elsewhere)", async () => {
    const { cookie, user, session } = await signedIn();
    expect(await getActor(h.auth, headersWithCookie(cookie))).toEqual({ userId: user.id, role: "CUSTOMER", email: user.email, name: user.name });
    await h.testDb.db.session.delete({ where: { id: session.id } });
    expect(await getActor(h.auth, headersWithCookie(cookie))).toBeNull();
  });

  it("refuses a cookie whose token was changed after signing", async () => {
    const { cookie, session } = await signedIn();
    const other = await signedIn();
    // The other user's valid token with this cookie's signature.
    const forged = cookie.replace(session.token, other.session.token);
    expect(forged).not.toBe(cookie);
    expect(await getActor(h.auth, headersWithCookie(forged))).toBeNull();
  });

  it("an expired session is nobody and is deleted, as Better-Auth does", async () => {
    const { cookie, session } = await signedIn();
    await h.testDb.db.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getActor(h.auth, headersWithCookie(cookie))).toBeNull();
    expect(await h.testDb.db.session.findUnique({ where: { id: session.id } })).toBeNull();
  });

  it("a session past its update age is still extended (sliding expiry) on a read", async () => {
    const { cookie, user, session } = await signedIn();
    // Created two days ago: 5 days left of 7, older than the 1-day update age.
    const old = new Date(Date.now() + 5 * DAY_MS);
    await h.testDb.db.session.update({ where: { id: session.id }, data: { expiresAt: old } });
    expect((await getActor(h.auth, headersWithCookie(cookie)))?.userId).toBe(user.id);
    const after = await h.testDb.db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.expiresAt.getTime()).toBeGreaterThan(old.getTime() + DAY_MS);
  });
});
