import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActor, type Auth } from "@healio/auth";
import { createTestAuth, TEST_WEB_ORIGIN } from "@healio/auth/testing";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { handleTrpcRequest } from "../http";
import { createCaller } from "../root";
import { createCustomer, errorCode, refusal } from "../testing/commerce";
import { actorOf, createUser, unique } from "../testing/factories";

const WEB = TEST_WEB_ORIGIN;
const PASSWORD = "people test passphrase 42";
let t: TestDatabase;
let auth: Auth;
beforeAll(async () => {
  t = await createTestDatabase();
  auth = createTestAuth(t.db);
});
afterAll(async () => {
  await t?.drop();
});

function cookieFrom(headers: Headers): string {
  return headers.getSetCookie().map((c) => c.split(";")[0] ?? "").filter((p) => !p.endsWith("=")).join("; ");
}

async function signUp(): Promise<{ email: string; cookie: string; id: string }> {
  const email = `${unique("blocked").toLowerCase()}@example.test`;
  const { headers, response } = await auth.api.signUpEmail({ body: { email, password: PASSWORD, name: "Bo Blocked" }, returnHeaders: true });
  return { email, cookie: cookieFrom(headers), id: response.user.id };
}

function signIn(email: string): Promise<Response> {
  return auth.handler(
    new Request(`${WEB}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { origin: WEB, "content-type": "application/json" },
      body: JSON.stringify({ email, password: PASSWORD }),
    }),
  );
}

/** One tRPC call over the real HTTP handler, the actor resolved from the cookie by Better-Auth. */
function callCart(cookie: string): Promise<Response> {
  return handleTrpcRequest(new Request(`${WEB}/api/trpc/cart.get`, { headers: { cookie } }), {
    db: t.db,
    resolveActor: (headers) => getActor(auth, headers),
    trustedOrigins: [WEB],
  });
}

async function newAdmin() {
  const user = await createUser(t.db, { role: "ADMIN" });
  return { user, caller: createCaller({ db: t.db, actor: actorOf(user) }) };
}

describe("block / unblock", () => {
  it("revokes every session at once, refuses sign-in with a clear message, keeps the data; unblock restores access", async () => {
    const person = await signUp();
    const second = await signIn(person.email);
    expect(second.status).toBe(200);
    expect((await callCart(person.cookie)).status).toBe(200);
    await t.db.cartItem.deleteMany({ where: { userId: person.id } });

    const admin = await newAdmin();
    const result = await admin.caller.people.block({ userId: person.id, reason: "Chargeback fraud" });
    expect(result).toEqual({ userId: person.id, blocked: true, sessionsRevoked: 2 });
    expect(await t.db.session.count({ where: { userId: person.id } })).toBe(0);

    // The very next request with the old cookie has no actor.
    expect((await callCart(person.cookie)).status).toBe(401);
    const refused = await signIn(person.email);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toBe("This account is suspended. Please contact support.");
    expect(await t.db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ banned: true, banReason: "Chargeback fraud" });

    const listed = await admin.caller.people.list({ state: "blocked", query: person.email });
    expect(listed.items.map((p) => p.id)).toEqual([person.id]);
    const detail = await admin.caller.people.get({ userId: person.id });
    expect(detail.audit.map((a) => a.action)).toEqual(["user.blocked"]);
    expect(detail.sessions).toEqual([]);

    await admin.caller.people.unblock({ userId: person.id, reason: "Bank confirmed the payment" });
    const back = await signIn(person.email);
    expect(back.status).toBe(200);
    expect((await callCart(cookieFrom(back.headers))).status).toBe(200);
    const actions = (await admin.caller.people.get({ userId: person.id })).audit.map((a) => a.action);
    expect(actions).toEqual(["user.unblocked", "user.blocked"]);
  }, 120_000);

  it("an admin cannot block themselves, nor the last active admin; reasons are required", async () => {
    // This database may hold admins from other tests: block them all but one first.
    const admin = await newAdmin();
    expect(errorCode((await refusal(admin.caller.people.block({ userId: admin.user.id, reason: "testing" }))))).toBe("CONFLICT");
    expect(errorCode((await refusal(admin.caller.people.block({ userId: admin.user.id, reason: "" }))))).toBe("BAD_REQUEST");

    const other = await newAdmin();
    const othersActive = await t.db.user.findMany({ where: { role: "ADMIN", banned: false, id: { not: admin.user.id } } });
    for (const a of othersActive.filter((a) => a.id !== other.user.id)) {
      await admin.caller.people.block({ userId: a.id, reason: "reduce to two admins" });
    }
    // Two active admins left: `admin` may block `other` ...
    await admin.caller.people.block({ userId: other.user.id, reason: "left the company" });
    // ... and now the sole remaining admin cannot be blocked, by anyone (here: a forged call as `other`
    // would be refused earlier by the session; the service guard itself is what this checks).
    const ghost = createCaller({ db: t.db, actor: actorOf(other.user) });
    const last = await refusal(ghost.people.block({ userId: admin.user.id, reason: "take over" }));
    expect(errorCode(last)).toBe("CONFLICT");
    expect((last as Error).message).toContain("last active admin");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: admin.user.id } })).banned).toBe(false);
  });

  it("lists people newest first with keyset pages and filters by role and state", async () => {
    const admin = await newAdmin();
    const tag = unique("pager").toLowerCase();
    for (let i = 0; i < 5; i += 1) await createUser(t.db, { name: `${tag} ${i}`, email: `${tag}-${i}@example.test` });
    const unverified = await createUser(t.db, { name: `${tag} unverified`, email: `${tag}-u@example.test` });
    await t.db.user.update({ where: { id: unverified.id }, data: { emailVerified: false } });

    const first = await admin.caller.people.list({ query: tag, limit: 4 });
    expect(first.items).toHaveLength(4);
    expect(first.nextCursor).not.toBeNull();
    const second = await admin.caller.people.list({ query: tag, limit: 4, cursor: first.nextCursor! });
    const all = [...first.items, ...second.items];
    expect(all).toHaveLength(6);
    expect(new Set(all.map((p) => p.id)).size).toBe(6);
    const times = all.map((p) => p.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    expect((await admin.caller.people.list({ query: tag, state: "unverified" })).items.map((p) => p.id)).toEqual([unverified.id]);
    expect((await admin.caller.people.list({ query: tag, role: "SELLER" })).items).toEqual([]);
    // % and _ in a query match themselves, not everything.
    expect((await admin.caller.people.list({ query: "%" })).items.every((p) => `${p.name}${p.email}`.includes("%"))).toBe(true);
  });

  it("keeps a blocked customer's orders, cart and reviews", async () => {
    const customer = await createCustomer(t.db);
    const admin = await newAdmin();
    const review = { rating: 4, body: "kept" };
    const medicine = await t.db.medicine.findFirst();
    if (medicine) await t.db.review.create({ data: { ...review, medicineId: medicine.id, userId: customer.user.id } });
    await admin.caller.people.block({ userId: customer.user.id, reason: "abuse" });
    expect(await t.db.user.count({ where: { id: customer.user.id } })).toBe(1);
    if (medicine) expect(await t.db.review.count({ where: { userId: customer.user.id } })).toBe(1);
  });
});
