import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { FLAT_SHIPPING_CENTS } from "../pricing/price-lines";
import { createCustomer, createShop, placeInput } from "../testing/commerce";
import { expectTRPCError } from "../testing/expect";
import { MAX_CART_LINES } from "./cart-lines";

let t: TestDatabase;
let shop: Awaited<ReturnType<typeof createShop>>;
beforeAll(async () => {
  t = await createTestDatabase();
  shop = await createShop(t.db, { storeName: "Cart Pharmacy" });
});
afterAll(async () => {
  await t?.drop();
});

describe("cart", () => {
  it("adds, sums, sets, removes and clears lines; every mutation returns the whole cart", async () => {
    const a = await shop.medicine({ priceCents: 1000, name: "Alpha" });
    const b = await shop.medicine({ priceCents: 250 });
    const { caller } = await createCustomer(t.db);

    expect(await caller.cart.get()).toMatchObject({ lines: [], itemCount: 0, totalCents: 0, canCheckout: false });
    await caller.cart.add({ medicineId: a.id, quantity: 2 });
    const summed = await caller.cart.add({ medicineId: a.id, quantity: 3 });
    expect(summed.lines).toMatchObject([{ medicineId: a.id, name: "Alpha", quantity: 5, unitPriceCents: 1000, lineTotalCents: 5000 }]);
    expect(summed).toMatchObject({ subtotalCents: 5000, shippingCents: 0, totalCents: 5000, canCheckout: true });

    const withB = await caller.cart.setQuantity({ medicineId: b.id, quantity: 4 });
    expect(withB.lines.map((l) => [l.medicineId, l.quantity])).toEqual([
      [a.id, 5],
      [b.id, 4],
    ]);
    expect(withB.itemCount).toBe(9);
    expect(withB.sellers).toEqual([
      { sellerId: shop.user.id, storeName: "Cart Pharmacy", subtotalCents: 6000, discountCents: 0, shippingCents: 0, totalCents: 6000 },
    ]);

    const lowered = await caller.cart.setQuantity({ medicineId: a.id, quantity: 1 });
    expect(lowered.totalCents).toBe(1000 + 1000 + FLAT_SHIPPING_CENTS);
    expect((await caller.cart.remove({ medicineId: b.id })).lines.map((l) => l.medicineId)).toEqual([a.id]);
    expect((await caller.cart.remove({ medicineId: b.id })).lines).toHaveLength(1); // idempotent
    expect((await caller.cart.clear()).lines).toEqual([]);
  });

  it("caps a line at 99 and refuses bad quantities", async () => {
    const m = await shop.medicine();
    const { caller } = await createCustomer(t.db);
    await caller.cart.add({ medicineId: m.id, quantity: 60 });
    expect((await caller.cart.add({ medicineId: m.id, quantity: 60 })).lines[0]!.quantity).toBe(99);
    for (const quantity of [0, -3, 2.5, 100]) {
      await expectTRPCError(caller.cart.add({ medicineId: m.id, quantity }), "BAD_REQUEST");
    }
    await expectTRPCError(caller.cart.add({ medicineId: m.id, quantity: 1, priceCents: 1 } as never), "BAD_REQUEST");
    expect((await caller.cart.get()).lines[0]!.quantity).toBe(99);
  });

  it("shows current prices and stock problems; never stores a price", async () => {
    const fine = await shop.medicine({ priceCents: 500, stock: 10 });
    const few = await shop.medicine({ stock: 2 });
    const none = await shop.medicine({ stock: 0 });
    const gone = await shop.medicine();
    const { caller } = await createCustomer(t.db);
    for (const m of [fine, few, none, gone]) await caller.cart.add({ medicineId: m.id, quantity: 3 });
    await t.db.medicine.update({ where: { id: gone.id }, data: { status: "ARCHIVED" } });
    await t.db.medicine.update({ where: { id: fine.id }, data: { priceCents: 650 } });

    const cart = await caller.cart.get();
    expect(cart.lines.map((l) => [l.medicineId, l.problem, l.available])).toEqual([
      [fine.id, null, 10],
      [few.id, { kind: "insufficient_stock", available: 2 }, 2],
      [none.id, { kind: "out_of_stock", available: 0 }, 0],
      [gone.id, { kind: "inactive" }, 100],
    ]);
    expect(cart.lines[0]!.unitPriceCents).toBe(650);
    // Totals cover only the lines that can be bought as they are.
    expect(cart).toMatchObject({ subtotalCents: 1950, totalCents: 1950 + FLAT_SHIPPING_CENTS, canCheckout: false });
    await expectTRPCError(caller.order.place(placeInput()), "CONFLICT");

    // Fixing the problems makes the cart buyable, at the price shown.
    await caller.cart.setQuantity({ medicineId: few.id, quantity: 2 });
    await caller.cart.remove({ medicineId: none.id });
    const fixed = await caller.cart.remove({ medicineId: gone.id });
    expect(fixed.canCheckout).toBe(true);
    const placed = await caller.order.place(placeInput({ expectedTotalCents: fixed.totalCents }));
    expect(placed.totalCents).toBe(fixed.totalCents);
  });

  it("refuses to add unknown or archived medicines; lines of an archived medicine can still be changed", async () => {
    const archived = await shop.medicine({ status: "ARCHIVED" });
    const m = await shop.medicine();
    const { caller } = await createCustomer(t.db);
    await expectTRPCError(caller.cart.add({ medicineId: archived.id, quantity: 1 }), "NOT_FOUND");
    await expectTRPCError(caller.cart.add({ medicineId: "nope", quantity: 1 }), "NOT_FOUND");
    await expectTRPCError(caller.cart.setQuantity({ medicineId: archived.id, quantity: 1 }), "NOT_FOUND");
    await caller.cart.add({ medicineId: m.id, quantity: 5 });
    await t.db.medicine.update({ where: { id: m.id }, data: { status: "ARCHIVED" } });
    expect((await caller.cart.setQuantity({ medicineId: m.id, quantity: 1 })).lines[0]!.quantity).toBe(1);
  });

  it("keeps carts per customer; sellers and anonymous callers have none", async () => {
    const m = await shop.medicine();
    const one = await createCustomer(t.db);
    const two = await createCustomer(t.db);
    await one.caller.cart.add({ medicineId: m.id, quantity: 1 });
    expect((await two.caller.cart.get()).lines).toEqual([]);
    await two.caller.cart.clear();
    expect((await one.caller.cart.get()).lines).toHaveLength(1);
    await expectTRPCError(shop.caller.cart.get(), "FORBIDDEN");
    await expectTRPCError(createCaller({ db: t.db, actor: null }).cart.get(), "UNAUTHORIZED");
  });

  it("limits the number of distinct lines", async () => {
    const { caller } = await createCustomer(t.db);
    const ids: string[] = [];
    for (let i = 0; i <= MAX_CART_LINES; i += 1) ids.push((await shop.medicine()).id);
    await caller.cart.merge({ mergeKey: "limit-test", lines: ids.slice(0, MAX_CART_LINES).map((medicineId) => ({ medicineId, quantity: 1 })) });
    const full = await expectTRPCError(caller.cart.add({ medicineId: ids[MAX_CART_LINES]!, quantity: 1 }), "CONFLICT");
    expect(full.message).toContain(String(MAX_CART_LINES));
    await caller.cart.add({ medicineId: ids[0]!, quantity: 1 }); // an existing line can still grow
  });

  it("concurrent adds to one line lose no update", async () => {
    const m = await shop.medicine();
    const { actor } = await createCustomer(t.db);
    const pool: Db = createDb({ url: t.url, max: 10 });
    try {
      const caller = createCaller({ db: pool, actor });
      await Promise.all(Array.from({ length: 10 }, () => caller.cart.add({ medicineId: m.id, quantity: 3 })));
      expect((await caller.cart.get()).lines[0]!.quantity).toBe(30);
    } finally {
      await pool.$disconnect();
    }
  });
});
