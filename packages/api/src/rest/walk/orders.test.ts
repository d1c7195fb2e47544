import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@healio/db";
import type { World } from "../../security/harness/world";
import { testAddress as address } from "../../testing/commerce";
import { restWalk } from "./harness";

/** REST walk: placing, listing and moving orders, then reviewing what was delivered (see harness.ts). */
const walk = restWalk("orders");
const { ok, refused, api } = walk;
let db: Db;
let w: World;
beforeAll(() => {
  ({ db, w } = walk);
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
