import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeHandler } from "better-auth/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, useAuthHarness } from "./auth-harness";
import type { Auth } from "./create-auth";
import { discoveryUrlOf } from "./env";
import { oauthConfigs } from "./oauth-providers";
import { CookieJar } from "./testing/cookie-jar";
import { startOidcProvider, type TestOidcProvider } from "./testing/oidc-test-provider";
import { cookieFrom, uniqueEmail } from "./test-helpers";

/**
 * Sign-in with an external OpenID Connect provider, end to end over real HTTP: Better-Auth served
 * on loopback (as the Next route serves it), oidc-provider 9 as the identity provider (discovery,
 * authorization code + PKCE, RS256 ID tokens checked against its JWKS, userinfo), and a cookie jar
 * following the browser's redirects. Nothing is mocked.
 */
const h = useAuthHarness();
const PROVIDER = "test-oidc";
let idp: TestOidcProvider;
let app: Server;
let web: string;
let auth: Auth;

beforeAll(async () => {
  app = createServer();
  await new Promise<void>((resolve) => app.listen(0, "localhost", resolve));
  web = `http://localhost:${(app.address() as AddressInfo).port}`;
  idp = await startOidcProvider({
    clientId: "healio-web",
    clientSecret: "healio-web-secret-0123456789",
    redirectUris: [`${web}/api/auth/callback/${PROVIDER}`],
  });
  // The same path as production: env-shaped settings -> oauthConfigs -> createAuth.
  const oauthProviders = oauthConfigs({
    oidc: { id: PROVIDER, name: "Test SSO", discoveryUrl: discoveryUrlOf(idp.issuer), clientId: "healio-web", clientSecret: "healio-web-secret-0123456789" },
  });
  auth = h.createAuth({ baseURL: web, trustedOrigins: [], oauthProviders });
  app.on("request", toNodeHandler(auth));
});
afterAll(async () => {
  await Promise.all([idp?.close(), new Promise((r) => app?.close(r))]);
});

type Outcome = { landedOn: URL; jar: CookieJar };

/** What a browser does after clicking "Continue with Test SSO": POST, then follow every redirect. */
async function signInWithProvider(sub: string, jar = new CookieJar()): Promise<Outcome> {
  idp.signInAs(sub);
  const start = await fetch(`${web}/api/auth/sign-in/social`, {
    method: "POST",
    headers: { origin: web, "content-type": "application/json", cookie: jar.header(web) },
    body: JSON.stringify({ provider: PROVIDER, callbackURL: "/account", errorCallbackURL: "/sign-in" }),
  });
  jar.store(web, start);
  expect(start.status, await start.clone().text()).toBe(200);
  const { url } = (await start.json()) as { url: string };
  expect(url.startsWith(`${idp.issuer}/auth?`)).toBe(true);
  // Follow the provider and Better-Auth's callback; stop where the app's own pages begin.
  const done = await jar.browse(url, {
    follow: (next) => next.origin === idp.issuer || next.pathname.startsWith("/api/auth/"),
  });
  if (!done.stoppedAt) throw new Error(`flow ended at ${done.url.href} with ${done.response.status}: ${await done.response.text()}`);
  return { landedOn: done.stoppedAt, jar };
}

async function sessionOf(jar: CookieJar) {
  return auth.api.getSession({ headers: new Headers({ cookie: jar.header(web) }) });
}

async function accountsOf(userId: string) {
  return h.testDb.db.account.findMany({ where: { userId }, select: { providerId: true, accountId: true }, orderBy: { providerId: "asc" } });
}

/** An e-mail/password account, its e-mail verified as after clicking the mail's link. */
async function passwordAccount(email: string) {
  const res = await h.signUp(email);
  expect(res.status).toBe(200);
  const user = await h.testDb.db.user.update({ where: { email }, data: { emailVerified: true } });
  return user;
}

describe("sign in with an OpenID Connect provider", () => {
  it("first time: creates a CUSTOMER with the provider's verified e-mail and signs them in", async () => {
    const email = uniqueEmail("oidc-new");
    idp.addPerson({ sub: "sub-new-1", email, emailVerified: true, name: "Nia New" });
    const { landedOn, jar } = await signInWithProvider("sub-new-1");
    expect(landedOn.href).toBe(`${web}/account`);
    const session = await sessionOf(jar);
    expect(session?.user).toMatchObject({ email, name: "Nia New", emailVerified: true, role: "CUSTOMER" });
    expect(await accountsOf(session!.user.id)).toEqual([{ providerId: PROVIDER, accountId: "sub-new-1" }]);
  });

  it("again: the same person signs in to the same account (no second user)", async () => {
    const email = uniqueEmail("oidc-again");
    idp.addPerson({ sub: "sub-again", email, emailVerified: true, name: "Ari Again" });
    const first = await sessionOf((await signInWithProvider("sub-again")).jar);
    // A new browser (empty jar): a full sign-in at the provider again.
    const second = await signInWithProvider("sub-again");
    expect(second.landedOn.pathname).toBe("/account");
    const session = await sessionOf(second.jar);
    expect(session?.user.id).toBe(first?.user.id);
    expect(session?.session.token).not.toBe(first?.session.token);
    expect(await h.testDb.db.user.count({ where: { email } })).toBe(1);
    expect(await accountsOf(session!.user.id)).toHaveLength(1);
  });

  it("links to an existing e-mail/password account when the provider says the e-mail is verified", async () => {
    const email = uniqueEmail("oidc-link");
    const existing = await passwordAccount(email);
    idp.addPerson({ sub: "sub-link", email, emailVerified: true, name: "Someone Else" });
    const { landedOn, jar } = await signInWithProvider("sub-link");
    expect(landedOn.pathname).toBe("/account");
    const session = await sessionOf(jar);
    expect(session?.user.id).toBe(existing.id);
    // The account keeps its name and role; the password still works.
    expect(session?.user).toMatchObject({ name: existing.name, role: "CUSTOMER" });
    expect(await accountsOf(existing.id)).toEqual([
      { providerId: "credential", accountId: existing.id },
      { providerId: PROVIDER, accountId: "sub-link" },
    ]);
    await h.signIn(email, PASSWORD);
  });

  it("refuses to link when the provider does not vouch for the e-mail: no account row, no session", async () => {
    const email = uniqueEmail("oidc-unverified");
    const existing = await passwordAccount(email);
    idp.addPerson({ sub: "sub-unverified", email, emailVerified: false, name: "Mallory" });
    const { landedOn, jar } = await signInWithProvider("sub-unverified");
    expect(landedOn.pathname).toBe("/sign-in");
    expect(landedOn.searchParams.get("error")).toBe("account_not_linked");
    expect(await sessionOf(jar)).toBeNull();
    expect(await accountsOf(existing.id)).toEqual([{ providerId: "credential", accountId: existing.id }]);
    expect(await h.testDb.db.account.count({ where: { providerId: PROVIDER, accountId: "sub-unverified" } })).toBe(0);
  });

  it("lists linked providers and unlinks one, but never the last way to sign in", async () => {
    const email = uniqueEmail("oidc-unlink");
    const existing = await passwordAccount(email);
    idp.addPerson({ sub: "sub-unlink", email, emailVerified: true, name: "Uma" });
    const { jar } = await signInWithProvider("sub-unlink");
    const headers = new Headers({ cookie: jar.header(web) });
    const listed = await auth.api.listUserAccounts({ headers });
    expect(listed.map((a) => a.providerId).sort()).toEqual(["credential", PROVIDER]);
    const idOf = (providerId: string) => listed.find((a) => a.providerId === providerId)?.id ?? "";
    await auth.api.unlinkAccount({ headers, body: { accountId: idOf(PROVIDER) } });
    expect(await accountsOf(existing.id)).toEqual([{ providerId: "credential", accountId: existing.id }]);
    await expect(auth.api.unlinkAccount({ headers, body: { accountId: idOf("credential") } })).rejects.toMatchObject({
      body: { code: "FAILED_TO_UNLINK_LAST_ACCOUNT" },
    });

    // A provider-only account cannot drop its provider either.
    const onlyEmail = uniqueEmail("oidc-only");
    idp.addPerson({ sub: "sub-only", email: onlyEmail, emailVerified: true, name: "Olu" });
    const only = await signInWithProvider("sub-only");
    const onlyHeaders = new Headers({ cookie: only.jar.header(web) });
    const [onlyAccount] = await auth.api.listUserAccounts({ headers: onlyHeaders });
    await expect(auth.api.unlinkAccount({ headers: onlyHeaders, body: { accountId: onlyAccount?.id ?? "" } })).rejects.toMatchObject({ body: { code: "FAILED_TO_UNLINK_LAST_ACCOUNT" } });
  });

  it("connects a provider from the account page (same e-mail only), signed in with the password", async () => {
    const email = uniqueEmail("oidc-connect");
    const existing = await passwordAccount(email);
    const signedIn = await auth.api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
    const cookie = cookieFrom(signedIn.headers);
    const connect = async (sub: string) => {
      idp.signInAs(sub);
      const jar = new CookieJar();
      const start = await fetch(`${web}/api/auth/link-social`, {
        method: "POST",
        headers: { origin: web, "content-type": "application/json", cookie },
        body: JSON.stringify({ provider: PROVIDER, callbackURL: "/account", errorCallbackURL: "/account" }),
      });
      expect(start.status, await start.clone().text()).toBe(200);
      jar.store(web, start);
      const { url } = (await start.json()) as { url: string };
      const done = await jar.browse(url, { follow: (next) => next.origin === idp.issuer || next.pathname.startsWith("/api/auth/") });
      return done.stoppedAt;
    };

    // The provider's person has another e-mail address: refused, nothing linked.
    idp.addPerson({ sub: "sub-connect-other", email: uniqueEmail("someone-else"), emailVerified: true, name: "Other" });
    const refused = await connect("sub-connect-other");
    expect(refused?.pathname).toBe("/account");
    expect(refused?.searchParams.get("error")).toBe("email_does_not_match");
    expect(await accountsOf(existing.id)).toEqual([{ providerId: "credential", accountId: existing.id }]);

    idp.addPerson({ sub: "sub-connect", email, emailVerified: true, name: "Same Person" });
    const landed = await connect("sub-connect");
    expect(landed?.pathname).toBe("/account");
    expect(await accountsOf(existing.id)).toEqual([
      { providerId: "credential", accountId: existing.id },
      { providerId: PROVIDER, accountId: "sub-connect" },
    ]);
  });
});
