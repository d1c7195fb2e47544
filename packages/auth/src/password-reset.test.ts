import { describe, expect, it } from "vitest";
import { getActor } from "./actor";
import { PASSWORD, WEB, useAuthHarness } from "./auth-harness";
import { headersWithCookie, linkIn, uniqueEmail } from "./test-helpers";

// Password reset by mail: new password, other sessions revoked, no account enumeration.
const h = useAuthHarness();

describe("password reset", () => {
  it("mails a link, sets the new password and revokes every other session", async () => {
    const email = uniqueEmail("reset");
    expect((await h.signUp(email)).status).toBe(200);
    const otherDevice = await h.signIn(email);
    expect(await getActor(h.auth, headersWithCookie(otherDevice))).not.toBeNull();

    const requested = await h.call("/request-password-reset", {
      body: { email, redirectTo: `${WEB}/reset-password` },
    });
    expect(requested.status).toBe(200);

    const mail = await h.smtp.waitForMail((m) => m.to.includes(email) && /reset/i.test(m.subject));
    const link = linkIn(mail.text, "/api/auth/reset-password/");
    const redirect = await h.auth.handler(new Request(link));
    expect(redirect.status).toBe(302);
    const location = new URL(redirect.headers.get("location") ?? "", WEB);
    expect(`${location.origin}${location.pathname}`).toBe(`${WEB}/reset-password`);
    const token = location.searchParams.get("token");
    expect(token).toBeTruthy();

    const newPassword = "a brand new password";
    const reset = await h.call("/reset-password", { body: { token, newPassword } });
    expect(reset.status).toBe(200);

    expect(await getActor(h.auth, headersWithCookie(otherDevice))).toBeNull();
    const user = await h.testDb.db.user.findUniqueOrThrow({ where: { email } });
    expect(await h.testDb.db.session.count({ where: { userId: user.id } })).toBe(0);

    await expect(h.auth.api.signInEmail({ body: { email, password: PASSWORD } })).rejects.toMatchObject({ statusCode: 401 });
    const cookie = await h.signIn(email, newPassword);
    expect(await getActor(h.auth, headersWithCookie(cookie))).toMatchObject({ email });

    // The token is single-use.
    const again = await h.call("/reset-password", { body: { token, newPassword: "yet another password" } });
    expect(again.status).toBe(400);
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    const email = uniqueEmail("nobody");
    const res = await h.call("/request-password-reset", { body: { email, redirectTo: `${WEB}/reset-password` } });
    expect(res.status).toBe(200);
    await expect(h.smtp.waitForMail((m) => m.to.includes(email), 500)).rejects.toThrow();
  });
});
