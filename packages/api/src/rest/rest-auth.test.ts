import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActor, type Auth } from "@healio/auth";
import { createTestAuth } from "@healio/auth/testing";
import type { Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCategory, createMedicine, createSeller } from "../testing/factories";
import { rewriteAuthAlias } from "./auth-routes";
import { restClient, WEB, type RestClient } from "./rest-test-client";

/**
 * REST with real Better-Auth sessions: the original API's /register and /login names, a bearer
 * token from sign-in used on REST without any Origin, and the CSRF rule for cookies.
 */
let t: TestDatabase;
let db: Db;
let auth: Auth;
let api: RestClient;

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  auth = createTestAuth(db, { baseURL: WEB });
  api = restClient(db, (headers) => getActor(auth, headers));
});
afterAll(async () => {
  await t?.drop();
});

/** What the storefront's /api/auth route does: aliases re-addressed, then Better-Auth. */
async function authRoute(path: string, body: unknown): Promise<Response> {
  const req = new Request(`${WEB}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return auth.handler((await rewriteAuthAlias(req)) ?? req);
}

describe("REST with Better-Auth bearer tokens", () => {
  it("register (role ignored) -> login -> bearer token orders over REST without Origin or cookie", async () => {
    const email = `rest-${Date.now()}@example.test`;
    const password = "rest bearer passphrase";
    const registered = await authRoute("/api/auth/register", { email, password, name: "Rest Buyer", role: "ADMIN" });
    expect(registered.status).toBe(200);
    const login = await authRoute("/api/auth/login", { email, password });
    expect(login.status).toBe(200);
    const token = login.headers.get("set-auth-token");
    expect(token).toBeTruthy();
    // The body's `token` (unsigned) works as well as the header's signed one.
    const bodyToken = ((await login.json()) as { token: string }).token;
    for (const bearer of [token ?? "", bodyToken]) {
      const me = await api.call("GET", "/api/users/me", { as: bearer });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ email, role: "CUSTOMER" });
    }

    const seller = await createSeller(db);
    const category = await createCategory(db);
    const medicine = await createMedicine(db, { sellerId: seller.user.id, categoryId: category.id, priceCents: 1999, stock: 5 });
    const address = { fullName: "Rest Buyer", line1: "2 Api Road", city: "Curl", postalCode: "54321", phone: "+1 555 0199" };
    const order = { items: [{ medicineId: medicine.id, quantity: 1 }], address };
    // Ordering needs a verified e-mail (the mailed link); the refusal is a clean 4xx, nothing placed.
    const unverified = await api.call("POST", "/api/orders", { as: token ?? "", body: order });
    expect(unverified.status).toBe(403);
    expect(await db.order.count({ where: { customer: { email } } })).toBe(0);
    await db.user.update({ where: { email }, data: { emailVerified: true } });
    const placed = await api.call("POST", "/api/orders", { as: token ?? "", body: order });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({ subtotalCents: 1999, subtotal: "19.99" });

    const wrong = await authRoute("/api/auth/login", { email, password: "not the password" });
    expect(wrong.status).toBe(401);
  });

  it("the session cookie with a foreign Origin is refused (403) and changes nothing; with the own Origin it works", async () => {
    const email = `rest-cookie-${Date.now()}@example.test`;
    const password = "rest cookie passphrase";
    await authRoute("/api/auth/sign-up/email", { email, password, name: "Cookie Buyer" });
    const login = await authRoute("/api/auth/sign-in/email", { email, password });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await db.user.update({ where: { id: user.id }, data: { role: "ADMIN" } });

    const count = await db.category.count();
    const foreign = await api.call("POST", "/api/categories", { body: { name: "Cross Site" }, headers: { cookie, origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    const noOrigin = await api.call("POST", "/api/categories", { body: { name: "No Origin" }, headers: { cookie } });
    expect(noOrigin.status).toBe(403);
    expect(await db.category.count()).toBe(count);
    const own = await api.call("POST", "/api/categories", { body: { name: "Same Site" }, headers: { cookie, origin: WEB } });
    expect(own.status).toBe(201);
  });
});
