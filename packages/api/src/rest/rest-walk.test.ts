import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { buildWorld, type World } from "../security/harness/world";
import { captureLog } from "../testing/capture-log";
import { createCategory, createUser } from "../testing/factories";
import { restClient, tokenResolver, WEB, type RestClient, type RestResult } from "./rest-test-client";
import { matchRoute } from "./match-route";
import { REST_ROUTES } from "./routes";

/**
 * The whole REST table through the Request -> Response adapter against a real database: each
 * route's success (checked against the documented response schema) and its refusals (wrong role,
 * someone else's object, bad body / query, a client-sent total).
 */
let t: TestDatabase;
let db: Db;
let w: World;
let api: RestClient;
const covered = new Set<string>();

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  w = await buildWorld(db);
  const actors = Object.fromEntries(Object.entries(w.people).map(([key, p]) => [key, p.actor]));
  const client = restClient(db, tokenResolver(actors));
  api = {
    async call(method, path, opts) {
      const m = matchRoute(REST_ROUTES, method, path.split("?")[0] ?? path);
      if (m.kind === "found") covered.add(`${m.route.method} ${m.route.path}`);
      return client.call(method, path, opts);
    },
  };
});
afterAll(async () => {
  await t?.drop();
});

/** The answer matches the route's documented schema (the OpenAPI document never lies about fields). */
function documented(method: string, path: string, res: RestResult) {
  const m = matchRoute(REST_ROUTES, method, path.split("?")[0] ?? path);
  if (m.kind !== "found") throw new Error(`no route ${method} ${path}`);
  const parsed = (m.route.response as z.ZodType).safeParse(res.body);
  expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
}

async function ok(method: string, path: string, opts: Parameters<RestClient["call"]>[2], status = 200) {
  const res = await api.call(method, path, opts);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  documented(method, path, res);
  return res.body;
}

async function refused(method: string, path: string, opts: Parameters<RestClient["call"]>[2], status: number, code?: string) {
  const res = await api.call(method, path, opts);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error.message).toEqual(expect.any(String));
  if (code) expect(res.body.error.code).toBe(code);
  return res.body.error as { code: string; message: string; fields?: Record<string, string[]> };
}

const address = { fullName: "Ada Buyer", line1: "1 Test Street", city: "Testville", postalCode: "12345", country: "US", phone: "+1 555 0100" };

describe("health, account, admin", () => {
  it("GET /health answers without a session", async () => {
    expect(await ok("GET", "/health", {})).toMatchObject({ status: "ok", db: "ok" });
  });

  it("GET /api/users/me and its alias /api/auth/me: the caller; anonymous 401", async () => {
    const me = await ok("GET", "/api/users/me", { as: "customerA" });
    expect(me).toMatchObject({ id: w.people.customerA.id, role: "CUSTOMER" });
    expect(await ok("GET", "/api/auth/me", { as: "sellerB" })).toMatchObject({ id: w.people.sellerB.id });
    await refused("GET", "/api/users/me", {}, 401, "UNAUTHORIZED");
    await refused("GET", "/api/users/me", { as: "forged-token" }, 401);
  });

  it("PATCH /api/users/me: the caller's own name, phone, image; identity fields refused", async () => {
    const me = await ok("PATCH", "/api/users/me", { as: "customerB", body: { name: "Bea Renamed", phone: "+1 555 0142", image: "https://img.example/b.png" } });
    expect(me).toMatchObject({ id: w.people.customerB.id, name: "Bea Renamed", phone: "+1 555 0142", image: "https://img.example/b.png" });
    expect(await ok("PATCH", "/api/users/me", { as: "customerB", body: { image: null } })).toMatchObject({ name: "Bea Renamed", image: null });
    await refused("PATCH", "/api/users/me", { as: "customerB", body: { role: "ADMIN" } }, 400);
    await refused("PATCH", "/api/users/me", { as: "customerB", body: { email: "taken@example.test" } }, 400);
    expect((await refused("PATCH", "/api/users/me", { as: "customerB", body: { phone: "nope" } }, 400)).fields?.phone).toBeDefined();
    await refused("PATCH", "/api/users/me", { body: { name: "Anon Person" } }, 401);
    expect(await db.user.findUniqueOrThrow({ where: { id: w.people.customerB.id } })).toMatchObject({ role: "CUSTOMER", name: "Bea Renamed" });
  });

  it("GET /api/admin/users and PATCH /api/admin/users/{id}: admins list, block and unblock with a reason", async () => {
    const page = await ok("GET", "/api/admin/users?role=customer&limit=100", { as: "admin" });
    expect(page.items.map((p: { id: string }) => p.id)).toContain(w.people.customerA.id);
    expect(page.items.every((p: { role: string }) => p.role === "CUSTOMER")).toBe(true);
    const found = await ok("GET", `/api/admin/users?search=${encodeURIComponent(w.people.sellerA.email)}`, { as: "admin" });
    expect(found.items.map((p: { id: string }) => p.id)).toEqual([w.people.sellerA.id]);
    expect((await refused("GET", "/api/admin/users?limit=0", { as: "admin" }, 400)).fields?.limit).toBeDefined();
    expect((await refused("GET", "/api/admin/users?state=gone", { as: "admin" }, 400)).fields?.state).toBeDefined();
    await refused("GET", "/api/admin/users", { as: "sellerA" }, 403);
    await refused("GET", "/api/admin/users", {}, 401);

    const target = await createUser(db);
    const path = `/api/admin/users/${target.id}`;
    await refused("PATCH", path, { as: "sellerA", body: { isBlocked: true, reason: "spam listings" } }, 403);
    expect((await refused("PATCH", path, { as: "admin", body: { isBlocked: true } }, 400)).fields?.reason).toBeDefined();
    await refused("PATCH", path, { as: "admin", body: { isBlocked: "yes", reason: "spam listings" } }, 400);
    await refused("PATCH", path, { as: "admin", body: { isBlocked: true, reason: "spam listings", role: "ADMIN" } }, 400);
    expect(await ok("PATCH", path, { as: "admin", body: { isBlocked: true, reason: "spam listings" } })).toMatchObject({ userId: target.id, blocked: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ banned: true, banReason: "spam listings" });
    await refused("PATCH", path, { as: "admin", body: { isBlocked: true, reason: "again" } }, 409, "CONFLICT");
    expect(await ok("PATCH", path, { as: "admin", body: { isBlocked: false, reason: "appeal accepted" } })).toMatchObject({ blocked: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).banned).toBe(false);
    await refused("PATCH", `/api/admin/users/${w.people.admin.id}`, { as: "admin", body: { isBlocked: true, reason: "self block" } }, 409);
    await refused("PATCH", "/api/admin/users/nobody-here", { as: "admin", body: { isBlocked: true, reason: "who is this" } }, 404);
  });

  it("GET /api/admin/stats: admin only", async () => {
    const stats = await ok("GET", "/api/admin/stats", { as: "admin" });
    expect(stats.usersByRole.CUSTOMER).toBeGreaterThanOrEqual(2);
    await refused("GET", "/api/admin/stats", { as: "sellerA" }, 403, "FORBIDDEN");
    await refused("GET", "/api/admin/stats", {}, 401);
  });
});

describe("categories", () => {
  it("GET is a tree; POST and DELETE are admin-only with field errors for bad bodies", async () => {
    const tree = await ok("GET", "/api/categories", {});
    expect(tree.some((n: { id: string }) => n.id === w.category.id)).toBe(true);

    const created = await ok("POST", "/api/categories", { as: "admin", body: { name: "REST Vitamins", parentId: w.category.id } }, 201);
    expect(created).toMatchObject({ name: "REST Vitamins", parentId: w.category.id });
    await refused("POST", "/api/categories", { as: "customerA", body: { name: "Nope" } }, 403);
    await refused("POST", "/api/categories", { as: "sellerA", body: { name: "Nope" } }, 403);
    await refused("POST", "/api/categories", { body: { name: "Nope" } }, 401);
    const bad = await refused("POST", "/api/categories", { as: "admin", body: { name: "x" } }, 400, "BAD_REQUEST");
    expect(bad.fields?.name).toBeDefined();
    await refused("POST", "/api/categories", { as: "admin", body: { name: "Extra", role: "ADMIN" } }, 400);

    await refused("DELETE", `/api/categories/${created.id}`, { as: "sellerA" }, 403);
    expect(await ok("DELETE", `/api/categories/${created.id}`, { as: "admin" })).toMatchObject({ id: created.id });
    await refused("DELETE", `/api/categories/${created.id}`, { as: "admin" }, 404);
    // In use: refused unless reassigned.
    const inUse = await refused("DELETE", `/api/categories/${w.subcategory.id}`, { as: "admin" }, 409);
    expect(inUse.code).toBe("CONFLICT");
    const spare = await createCategory(db);
    const moved = await ok("DELETE", `/api/categories/${w.subcategory.id}?reassignTo=${spare.id}`, { as: "admin" });
    expect(moved.reassignedTo).toBe(spare.id);
  });
});

describe("medicines", () => {
  it("GET lists with cents + decimal prices, strict query strings, page 1 only", async () => {
    const page = await ok("GET", "/api/medicines?limit=50&page=1", {});
    const a = page.items.find((m: { id: string }) => m.id === w.medicineA.id);
    expect(a.priceCents).toBe(w.medicineA.priceCents);
    expect(a.price).toBe((w.medicineA.priceCents / 100).toFixed(2));
    expect(page.items.some((m: { id: string }) => m.id === w.archivedMedicineA.id)).toBe(false);

    expect((await refused("GET", "/api/medicines?page=2", {}, 400)).fields?.page).toBeDefined();
    for (const bad of ["limit=5abc", "limit=1.5", "limit=-1", "minPrice=1e3", "minPrice=0x10", "maxPrice=ten", "sort=cheapest", "prescription=maybe"]) {
      const error = await refused("GET", `/api/medicines?${bad}`, {}, 400, "BAD_REQUEST");
      expect(Object.keys(error.fields ?? {})).toEqual([bad.split("=")[0]]);
    }
    const cheap = await ok("GET", `/api/medicines?maxPrice=${w.medicineA.priceCents}&minPrice=${w.medicineA.priceCents}`, {});
    expect(cheap.items.every((m: { priceCents: number }) => m.priceCents === w.medicineA.priceCents)).toBe(true);
  });

  it("GET /api/medicines/{id}: detail with rating summary; archived and unknown are 404", async () => {
    const detail = await ok("GET", `/api/medicines/${w.medicineA.id}`, {});
    expect(detail).toMatchObject({ id: w.medicineA.id, ratingSummary: { count: 0 } });
    await refused("GET", `/api/medicines/${w.archivedMedicineA.id}`, {}, 404, "NOT_FOUND");
    await refused("GET", "/api/medicines/does-not-exist", {}, 404);
  });

  it("POST takes the original body (price, stock, image, manufacturer name) for sellers only", async () => {
    const body = {
      name: "Restamol",
      description: "Pain relief",
      price: 12.5,
      stock: 30,
      image: "https://images.example/restamol.png",
      manufacturer: "Rest Labs",
      categoryId: w.category.id,
      genericName: "Paracetamol",
      strength: "500 mg",
      dosageForm: "tablet",
      packSize: "20 tablets",
    };
    const created = await ok("POST", "/api/medicines", { as: "sellerA", body }, 201);
    expect(created).toMatchObject({ name: "Restamol", priceCents: 1250, price: "12.50", stock: 30, imageUrl: body.image });
    expect(await db.medicine.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ sellerId: w.people.sellerA.id, priceCents: 1250 });

    await refused("POST", "/api/medicines", { as: "customerA", body }, 403);
    await refused("POST", "/api/medicines", { body }, 401);
    expect((await refused("POST", "/api/medicines", { as: "sellerA", body: { ...body, price: 12.345 } }, 400)).fields?.price).toBeDefined();
    expect((await refused("POST", "/api/medicines", { as: "sellerA", body: { ...body, price: "12,50" } }, 400)).fields).toBeDefined();
    await refused("POST", "/api/medicines", { as: "sellerA", body: { ...body, sellerId: w.people.sellerB.id } }, 400);
    const { name: _n, ...missing } = body;
    expect((await refused("POST", "/api/medicines", { as: "sellerA", body: missing }, 400)).fields?.name).toBeDefined();
    expect(await db.medicine.count({ where: { name: "Restamol" } })).toBe(1);
  });

  it("POST with only the original API's fields derives the rest (and says so in the answer)", async () => {
    const minimal = {
      name: "Minimol 250 mg Capsules",
      description: "Pack of 16 capsules",
      price: "3.20",
      stock: 8,
      image: "https://images.example/minimol.png",
      manufacturer: "Minimal Labs",
      categoryId: w.category.id,
    };
    const created = await ok("POST", "/api/medicines", { as: "sellerA", body: minimal }, 201);
    expect(created).toMatchObject({
      name: minimal.name,
      genericName: minimal.name,
      strength: "250 mg",
      dosageForm: "Capsule",
      packSize: "16 capsules",
      priceCents: 320,
      stock: 8,
      requiresPrescription: false,
    });
    const bare = await ok("POST", "/api/medicines", { as: "sellerA", body: { ...minimal, name: "Plainly Named", description: "" } }, 201);
    expect(bare).toMatchObject({ strength: "Not stated", dosageForm: "Not stated", packSize: "1 pack" });
    // Sellable at once: it shows in the public catalogue.
    expect(await ok("GET", `/api/medicines/${created.id}`, {})).toMatchObject({ id: created.id, price: "3.20" });
  });

  it("PUT/PATCH change only the owner's medicine; DELETE archives (owner or admin)", async () => {
    const patched = await ok("PATCH", `/api/medicines/${w.medicineA.id}`, { as: "sellerA", body: { price: "9.99" } });
    expect(patched).toMatchObject({ priceCents: 999, price: "9.99" });
    const put = await ok("PUT", `/api/medicines/${w.medicineA.id}`, { as: "sellerA", body: { description: "Updated" } });
    expect(put.priceCents).toBe(999);
    await refused("PATCH", `/api/medicines/${w.medicineA.id}`, { as: "sellerB", body: { price: 1 } }, 404, "NOT_FOUND");
    await refused("PATCH", `/api/medicines/${w.medicineA.id}`, { as: "customerA", body: { price: 1 } }, 403);
    expect((await refused("PATCH", `/api/medicines/${w.medicineA.id}`, { as: "sellerA", body: { stock: 5 } }, 400)).fields?.stock).toBeDefined();
    expect((await db.medicine.findUniqueOrThrow({ where: { id: w.medicineA.id } })).priceCents).toBe(999);

    await refused("DELETE", `/api/medicines/${w.medicineB.id}`, { as: "sellerA" }, 404);
    await refused("DELETE", `/api/medicines/${w.medicineB.id}`, { as: "customerB" }, 403);
    expect(await ok("DELETE", `/api/medicines/${w.medicineB.id}`, { as: "admin" })).toMatchObject({ status: "ARCHIVED" });
    await ok("GET", "/api/medicines", {});
    await refused("GET", `/api/medicines/${w.medicineB.id}`, {}, 404);
  });
});

describe("orders", () => {
  it("POST refuses a client total without charging anything, then places the order at the server's price", async () => {
    const before = await db.medicine.findUniqueOrThrow({ where: { id: w.medicineA.id } });
    const orders = await db.order.count();
    const items = [{ medicineId: w.medicineA.id, quantity: 2 }];

    const cheat = await refused("POST", "/api/orders", { as: "customerB", body: { items, address, totalPrice: 1 } }, 400);
    expect(cheat.fields?.totalPrice ?? cheat.fields?._).toBeDefined();
    await refused("POST", "/api/orders", { as: "customerB", body: { items, address, totalCents: 1 } }, 400);
    await refused("POST", "/api/orders", { as: "sellerA", body: { items, address } }, 403);
    await refused("POST", "/api/orders", { body: { items, address } }, 401);
    await refused("POST", "/api/orders", { as: "customerB", body: { items: [{ medicineId: w.medicineA.id, quantity: "2" }], address } }, 400);
    await refused("POST", "/api/orders", { as: "customerB", body: { items: [{ medicineId: w.medicineA.id, quantity: 100000 }], address } }, 400);
    expect(await db.order.count()).toBe(orders);
    expect((await db.medicine.findUniqueOrThrow({ where: { id: w.medicineA.id } })).stock).toBe(before.stock);

    const placed = await ok("POST", "/api/orders", { as: "customerB", body: { items, address }, headers: { "idempotency-key": "rest-walk-order-1" } }, 201);
    const subtotal = 2 * before.priceCents;
    expect(placed.subtotalCents).toBe(subtotal);
    expect(placed.totalCents).toBe(subtotal + placed.shippingCents - placed.discountCents);
    expect(placed.total).toBe((placed.totalCents / 100).toFixed(2));
    expect((await db.medicine.findUniqueOrThrow({ where: { id: w.medicineA.id } })).stock).toBe(before.stock - 2);
    // Same Idempotency-Key: the same checkout, not a second order.
    const replay = await ok("POST", "/api/orders", { as: "customerB", body: { items, address }, headers: { "idempotency-key": "rest-walk-order-1" } }, 201);
    expect(replay.checkoutId).toBe(placed.checkoutId);
    expect(await db.order.count()).toBe(orders + 1);
  });

  it("GET /api/orders: own for customers, incoming for sellers, all for admins", async () => {
    const mine = await ok("GET", "/api/orders", { as: "customerA" });
    expect(mine.items.map((o: { id: string }) => o.id)).toContain(w.orderA.id);
    expect(mine.items.map((o: { id: string }) => o.id)).not.toContain(w.orderB.id);
    const incoming = await ok("GET", "/api/orders?status=PLACED&limit=50", { as: "sellerB" });
    expect(incoming.items.map((o: { id: string }) => o.id)).toContain(w.orderB.id);
    expect(incoming.items.map((o: { id: string }) => o.id)).not.toContain(w.orderA.id);
    const all = await ok("GET", "/api/orders?limit=50", { as: "admin" });
    expect(all.items.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([w.orderA.id, w.orderB.id]));
    await refused("GET", "/api/orders", {}, 401);
    await refused("GET", "/api/orders?limit=ten", { as: "customerA" }, 400);
    await refused("GET", "/api/orders?status=LOST", { as: "customerA" }, 400);
    await refused("GET", "/api/orders?page=3", { as: "customerA" }, 400);
  });

  it("GET /api/orders/{id}: its customer, its seller, an admin; anyone else 404", async () => {
    expect(await ok("GET", `/api/orders/${w.orderA.id}`, { as: "customerA" })).toMatchObject({ id: w.orderA.id });
    await ok("GET", `/api/orders/${w.orderA.id}`, { as: "sellerA" });
    await ok("GET", `/api/orders/${w.orderA.id}`, { as: "admin" });
    await refused("GET", `/api/orders/${w.orderA.id}`, { as: "customerB" }, 404, "NOT_FOUND");
    await refused("GET", `/api/orders/${w.orderA.id}`, { as: "sellerB" }, 404);
    await refused("GET", `/api/orders/${w.orderA.id}`, {}, 401);
  });

  it("PATCH status: its seller or an admin, along the status machine", async () => {
    await refused("PATCH", `/api/orders/${w.orderA.id}/status`, { as: "sellerB", body: { status: "PROCESSING" } }, 404);
    await refused("PATCH", `/api/orders/${w.orderA.id}/status`, { as: "customerA", body: { status: "PROCESSING" } }, 403);
    await refused("PATCH", `/api/orders/${w.orderA.id}/status`, { as: "sellerA", body: { status: "SHIPPED_MAYBE" } }, 400);
    await refused("PATCH", `/api/orders/${w.orderA.id}/status`, { as: "sellerA", body: { status: "DELIVERED" } }, 409);
    const moved = await ok("PATCH", `/api/orders/${w.orderA.id}/status`, { as: "sellerA", body: { status: "PROCESSING" } });
    expect(moved.status).toBe("PROCESSING");
    expect((await ok("PATCH", `/api/orders/${w.orderA.id}/status`, { as: "admin", body: { status: "SHIPPED" } })).status).toBe("SHIPPED");
  });

  it("PATCH cancel: the order's customer while PLACED; stock comes back", async () => {
    const stock = (await db.medicine.findUniqueOrThrow({ where: { id: w.medicineB.id } })).stock;
    await refused("PATCH", `/api/orders/${w.orderB.id}/cancel`, { as: "customerA" }, 404);
    await refused("PATCH", `/api/orders/${w.orderB.id}/cancel`, { as: "sellerB" }, 403);
    const cancelled = await ok("PATCH", `/api/orders/${w.orderB.id}/cancel`, { as: "customerB" });
    expect(cancelled.status).toBe("CANCELLED");
    expect((await db.medicine.findUniqueOrThrow({ where: { id: w.medicineB.id } })).stock).toBe(stock + 1);
    await refused("PATCH", `/api/orders/${w.orderB.id}/cancel`, { as: "customerB" }, 409);
  });

  it("GET /api/orders/seller/stats: the seller's own numbers", async () => {
    const stats = await ok("GET", "/api/orders/seller/stats", { as: "sellerA" });
    expect(stats.ordersByStatus.SHIPPED + stats.ordersByStatus.DELIVERED).toBe(1);
    await refused("GET", "/api/orders/seller/stats", { as: "customerA" }, 403);
  });
});

describe("reviews", () => {
  it("POST only after delivery, by that customer; GET lists it; bad bodies 400", async () => {
    const notYet = await api.call("POST", "/api/reviews", { as: "customerA", body: { medicineId: w.medicineA.id, rating: 5, comment: "Great" } });
    expect(notYet.status).toBeGreaterThanOrEqual(400);
    expect(notYet.status).toBeLessThan(500);
    await ok("PATCH", `/api/orders/${w.orderA.id}/status`, { as: "sellerA", body: { status: "DELIVERED" } });

    await refused("POST", "/api/reviews", { as: "sellerA", body: { medicineId: w.medicineA.id, rating: 5 } }, 403);
    await refused("POST", "/api/reviews", { body: { medicineId: w.medicineA.id, rating: 5 } }, 401);
    expect((await refused("POST", "/api/reviews", { as: "customerA", body: { medicineId: w.medicineA.id, rating: 6 } }, 400)).fields?.rating).toBeDefined();
    await refused("POST", "/api/reviews", { as: "customerA", body: { medicineId: w.medicineA.id, rating: 5, helpfulCount: 99 } }, 400);
    const other = await api.call("POST", "/api/reviews", { as: "customerB", body: { medicineId: w.medicineA.id, rating: 1, comment: "Never bought it" } });
    expect(other.status).toBeGreaterThanOrEqual(400);
    expect(other.status).toBeLessThan(500);

    const review = await ok("POST", "/api/reviews", { as: "customerA", body: { medicineId: w.medicineA.id, rating: 4, comment: "Works well" } }, 201);
    expect(review).toMatchObject({ rating: 4, body: "Works well", verifiedPurchase: true });
    const page = await ok("GET", `/api/reviews/${w.medicineA.id}?sort=helpful&limit=5`, {});
    expect(page.items.map((r: { id: string }) => r.id)).toEqual([review.id]);
    await refused("GET", `/api/reviews/${w.medicineA.id}?sort=best`, {}, 400);
    expect((await ok("GET", `/api/medicines/${w.medicineA.id}`, {})).ratingSummary).toMatchObject({ count: 1, average: 4 });
  });
});

describe("transport refusals", () => {
  it("unknown routes 404, wrong methods 405 with Allow, non-JSON 415, broken JSON 400, body on a bodiless route 400", async () => {
    await refused("GET", "/api/nothing-here", {}, 404);
    const wrong = await api.call("DELETE", "/api/orders", { as: "admin" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST, GET");
    await refused("POST", "/api/categories", { as: "admin", raw: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } }, 415);
    await refused("POST", "/api/categories", { as: "admin", raw: "{\"name\":", headers: { "content-type": "application/json" } }, 400);
    await refused("DELETE", `/api/medicines/${w.medicineA.id}`, { as: "sellerA", body: { really: true } }, 400);
  });

  it("a request with cookies from a foreign Origin is refused before anything runs; bearer without cookie passes", async () => {
    const count = await db.category.count();
    const forged = await api.call("POST", "/api/categories", {
      as: "admin",
      body: { name: "Forged Category" },
      headers: { cookie: "better-auth.session_token=x", origin: "http://evil.example" },
    });
    expect(forged.status).toBe(403);
    expect(await db.category.count()).toBe(count);
    await ok("POST", "/api/categories", { as: "admin", body: { name: "Bearer Category" } }, 201);
    await ok("POST", "/api/categories", { as: "admin", body: { name: "Browser Category" }, headers: { cookie: "a=b", origin: WEB } }, 201);
  });

  it("429 with Retry-After when the search limit is hit", async () => {
    const limited = restClient(db, async () => null);
    let last: RestResult | undefined;
    for (let i = 0; i < 70 && last?.status !== 429; i += 1) {
      last = await limited.call("GET", "/api/medicines?search=paracetamol", { headers: { "x-forwarded-for": "198.51.100.7" } });
    }
    expect(last?.status).toBe(429);
    expect(last?.body.error.code).toBe("TOO_MANY_REQUESTS");
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("a 500 carries a fixed message, never the internal one", async () => {
    const { logger, lines } = captureLog();
    const broken = new Proxy(db, {
      get: (target, key) =>
        key === "$queryRaw" ? () => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.5:5432 password=hunter2")) : Reflect.get(target, key),
    });
    const res = await restClient(broken, async () => null, { logger }).call("GET", "/health");
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } });
    expect(JSON.stringify(res.body)).not.toMatch(/hunter2|ECONNREFUSED|stack/);
    expect(lines.filter((l) => l.level === "error")).toMatchObject([{ procedure: "GET /health", code: "INTERNAL_SERVER_ERROR" }]);
  });
});

describe("coverage", () => {
  it("every route of the table was walked above", () => {
    const all = REST_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(all.filter((r) => !covered.has(r))).toEqual([]);
  });
});
