import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActor } from "./actor";
import type { Auth } from "./create-auth";
import { createTestAuth, TEST_WEB_ORIGIN } from "./testing/test-auth";
import { uniqueEmail } from "./test-helpers";

/** Non-browser clients: the token from sign-in works as `Authorization: Bearer`, through the HTTP handler. */
const WEB = TEST_WEB_ORIGIN;
const PASSWORD = "bearer test passphrase";
let t: TestDatabase;
let auth: Auth;

beforeAll(async () => {
  t = await createTestDatabase();
  auth = createTestAuth(t.db);
});
afterAll(async () => {
  await t?.drop();
});

async function signInOverHttp(email: string): Promise<Response> {
  return auth.handler(
    new Request(`${WEB}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: PASSWORD }),
    }),
  );
}

describe("bearer tokens", () => {
  it("sign-in answers a set-auth-token header that authenticates later requests; sign-out kills it", async () => {
    const email = uniqueEmail("bearer");
    await auth.api.signUpEmail({ body: { email, password: PASSWORD, name: "Bea Rer" } });
    const res = await signInOverHttp(email);
    expect(res.status).toBe(200);
    const token = res.headers.get("set-auth-token");
    expect(token).toBeTruthy();

    const bearer = new Headers({ authorization: `Bearer ${token}` });
    const actor = await getActor(auth, bearer);
    expect(actor).toMatchObject({ email, role: "CUSTOMER" });

    const out = await auth.handler(new Request(`${WEB}/api/auth/sign-out`, { method: "POST", headers: bearer }));
    expect(out.status).toBe(200);
    expect(await getActor(auth, bearer)).toBeNull();
  });

  it("a made-up or tampered token authenticates nobody", async () => {
    const email = uniqueEmail("bearer-forged");
    await auth.api.signUpEmail({ body: { email, password: PASSWORD, name: "F" } });
    const token = (await signInOverHttp(email)).headers.get("set-auth-token") ?? "";
    expect(await getActor(auth, new Headers({ authorization: "Bearer not-a-session" }))).toBeNull();
    expect(await getActor(auth, new Headers({ authorization: `Bearer ${token.slice(0, -2)}xx` }))).toBeNull();
  });
});
