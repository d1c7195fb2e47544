import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCustomer, createShop, errorCode, placeInput, refusal } from "../testing/commerce";
import { MAX_CART_LINES } from "./cart-lines";

let t: TestDatabase;
let shop: Awaited<ReturnType<typeof createShop>>;
beforeAll(async () => {
  t = await createTestDatabase();
  shop = await createShop(t.db, { storeName: "Reorder Pharmacy" });
});
afterAll(async () => {
  await t?.drop();
});

/** A customer with one placed order of `lines`, and an empty cart afterwards. */
async function customerWithOrder(lines: { medicineId: string; quantity: number }[]) {
  const customer = await createCustomer(t.db);
  for (const line of lines) await customer.caller.cart.add(line);
  const placed = await customer.caller.order.place(placeInput());
  const orderId = placed.orders[0]?.id ?? "";
  expect((await customer.caller.cart.get()).lines).toEqual([]);
  return { ...customer, orderId };
}

describe("cart.reorder", () => {
  it("puts the order's lines back into the cart, adding to what is already there", async () => {
    const a = await shop.medicine({ name: "Again A", priceCents: 500 });
    const b = await shop.medicine({ name: "Again B", priceCents: 700 });
    const { caller, orderId } = await customerWithOrder([
      { medicineId: a.id, quantity: 2 },
      { medicineId: b.id, quantity: 1 },
    ]);
    await caller.cart.add({ medicineId: a.id, quantity: 1 });
    const result = await caller.cart.reorder({ orderId });
    expect(result.skipped).toEqual([]);
    expect(result.added.map((l) => [l.name, l.quantity]).sort()).toEqual([
      ["Again A", 2],
      ["Again B", 1],
    ]);
    expect(result.cart.lines.map((l) => [l.medicineId, l.quantity]).sort()).toEqual(
      [
        [a.id, 3],
        [b.id, 1],
      ].sort(),
    );
  });

  it("reports lines that are no longer sellable instead of adding them", async () => {
    const kept = await shop.medicine({ name: "Still Sold" });
    const gone = await shop.medicine({ name: "Archived Since" });
    const { caller, orderId } = await customerWithOrder([
      { medicineId: kept.id, quantity: 1 },
      { medicineId: gone.id, quantity: 3 },
    ]);
    await t.db.medicine.update({ where: { id: gone.id }, data: { status: "ARCHIVED" } });
    const result = await caller.cart.reorder({ orderId });
    expect(result.added.map((l) => l.medicineId)).toEqual([kept.id]);
    expect(result.skipped).toEqual([{ medicineId: gone.id, name: "Archived Since", quantity: 3, reason: "unavailable" }]);
    expect(result.cart.lines.map((l) => l.medicineId)).toEqual([kept.id]);
  });

  it("stops at the cart's line limit and says which lines did not fit", async () => {
    const wanted = await shop.medicine({ name: "No Room" });
    const { caller, user, orderId } = await customerWithOrder([{ medicineId: wanted.id, quantity: 1 }]);
    const fillers = await Promise.all(Array.from({ length: MAX_CART_LINES }, () => shop.medicine({})));
    await t.db.cartItem.createMany({ data: fillers.map((m) => ({ userId: user.id, medicineId: m.id, quantity: 1 })) });
    const result = await caller.cart.reorder({ orderId });
    expect(result.skipped).toMatchObject([{ medicineId: wanted.id, reason: "cart_full" }]);
    expect(result.cart.lines).toHaveLength(MAX_CART_LINES);
  });

  it("someone else's order (or none) is NOT_FOUND and changes nothing", async () => {
    const m = await shop.medicine({});
    const { orderId } = await customerWithOrder([{ medicineId: m.id, quantity: 1 }]);
    const other = await createCustomer(t.db);
    expect(errorCode(await refusal(other.caller.cart.reorder({ orderId })))).toBe("NOT_FOUND");
    expect(errorCode(await refusal(other.caller.cart.reorder({ orderId: "no-such-order" })))).toBe("NOT_FOUND");
    expect(await t.db.cartItem.count({ where: { userId: other.user.id } })).toBe(0);
  });
});
