import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { FLAT_SHIPPING_CENTS } from "../pricing/price-lines";
import { createShop, createCustomer, errorDetails, placeInput, stockStory } from "../testing/commerce";
import { createBatch } from "../testing/factories";
import { expectTRPCError } from "../testing/expect";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

/** Everything a failed checkout must leave untouched. */
async function snapshot(medicineIds: string[]) {
  const [orders, movements, outbox, keys, audits, stocks] = await Promise.all([
    t.db.order.count(),
    t.db.stockMovement.count(),
    t.db.emailOutbox.count(),
    t.db.idempotencyKey.count(),
    t.db.auditLog.count(),
    t.db.medicine.findMany({ where: { id: { in: medicineIds } }, select: { id: true, stock: true }, orderBy: { id: "asc" } }),
  ]);
  return { orders, movements, outbox, keys, audits, stocks };
}

describe("order.place", () => {
  it("splits a two-seller cart into two orders with snapshots, ledger, events, audit, mail; clears the cart", async () => {
    const north = await createShop(t.db, { storeName: "North Pharmacy" });
    const south = await createShop(t.db, { storeName: "South Pharmacy" });
    const a = await north.medicine({ priceCents: 1250, stock: 10, name: "Aspirin" });
    const b = await south.medicine({ priceCents: 3000, stock: 5, name: "Brufen" });
    const other = await north.medicine({ priceCents: 100, stock: 5 });
    const { caller, actor } = await createCustomer(t.db);
    await caller.cart.add({ medicineId: a.id, quantity: 2 });
    await caller.cart.add({ medicineId: b.id, quantity: 2 });
    const cart = await caller.cart.get();

    const result = await caller.order.place(placeInput({ expectedTotalCents: cart.totalCents }));

    // north: 25.00 + 4.99 shipping; south: 60.00, free shipping.
    expect(result.totalCents).toBe(2500 + FLAT_SHIPPING_CENTS + 6000);
    expect(result.totalCents).toBe(cart.totalCents);
    expect(result.payment).toEqual({ status: "due_on_delivery", instructions: expect.any(String) });
    expect(result.orders).toHaveLength(2);
    const bySeller = new Map(result.orders.map((o) => [o.seller.id, o]));
    expect(bySeller.get(north.user.id)).toMatchObject({
      seller: { storeName: "North Pharmacy" },
      status: "PLACED",
      subtotalCents: 2500,
      shippingCents: FLAT_SHIPPING_CENTS,
      items: [{ medicineId: a.id, name: "Aspirin", strength: "500 mg", quantity: 2, unitPriceCents: 1250, lineTotalCents: 2500 }],
    });
    expect(bySeller.get(south.user.id)).toMatchObject({ subtotalCents: 6000, shippingCents: 0, totalCents: 6000 });
    expect(result.orders[0]!.orderNumber).toMatch(/^HL-\d{6}$/);

    const orders = await t.db.order.findMany({ where: { checkoutId: result.checkoutId }, include: { statusEvents: true, items: true } });
    expect(orders).toHaveLength(2);
    for (const order of orders) {
      expect(order.customerId).toBe(actor.userId);
      expect(order.shippingName).toBe("Ada Lovelace");
      expect(order.phone).toBe("+1 555 010 0000");
      expect(order.statusEvents).toMatchObject([{ fromStatus: null, toStatus: "PLACED", actorId: actor.userId }]);
    }
    // A later catalogue price change does not rewrite history.
    await t.db.medicine.update({ where: { id: a.id }, data: { priceCents: 9999, name: "Renamed" } });
    expect(await t.db.orderItem.findFirst({ where: { medicineId: a.id }, select: { unitPriceCents: true, name: true } })).toEqual({
      unitPriceCents: 1250,
      name: "Aspirin",
    });

    expect(await stockStory(t.db, a.id)).toEqual({ stock: 8, ledger: 8, ordered: 2, batches: 8 });
    expect(await stockStory(t.db, b.id)).toEqual({ stock: 3, ledger: 3, ordered: 2, batches: 3 });
    expect(await t.db.stockMovement.count({ where: { medicineId: a.id, reason: "ORDER", orderId: bySeller.get(north.user.id)!.id } })).toBe(1);
    expect(await stockStory(t.db, other.id)).toMatchObject({ stock: 5 });
    expect(await t.db.auditLog.count({ where: { action: "order.placed", entityId: { in: orders.map((o) => o.id) } } })).toBe(2);

    const mail = await t.db.emailOutbox.findMany({ where: { to: { in: [actor.email, north.user.email, south.user.email] } } });
    expect(mail.map((m) => m.to).sort()).toEqual([actor.email, north.user.email, south.user.email].sort());
    expect(mail.find((m) => m.to === actor.email)!.text).toContain(bySeller.get(north.user.id)!.orderNumber);
    expect(mail.every((m) => m.status === "PENDING")).toBe(true);

    expect((await caller.cart.get()).lines).toEqual([]);
  });

  it("buys explicit lines without touching other cart lines; saves an inline address on request", async () => {
    const shop = await createShop(t.db);
    const m1 = await shop.medicine({ priceCents: 6000 });
    const m2 = await shop.medicine();
    const { caller } = await createCustomer(t.db);
    await caller.cart.add({ medicineId: m1.id, quantity: 1 });
    await caller.cart.add({ medicineId: m2.id, quantity: 1 });

    const result = await caller.order.place(
      placeInput({ lines: [{ medicineId: m1.id, quantity: 1 }], address: { ...placeInput().address!, save: true } }),
    );
    expect(result.totalCents).toBe(6000);
    expect((await caller.cart.get()).lines.map((l) => l.medicineId)).toEqual([m2.id]);
    const book = await caller.address.list();
    expect(book).toMatchObject([{ id: result.savedAddressId, fullName: "Ada Lovelace", isDefault: true }]);

    const again = await caller.order.place(placeInput({ addressId: result.savedAddressId!, address: undefined, lines: [{ medicineId: m2.id, quantity: 1 }] }));
    expect(again.shipping).toMatchObject({ name: "Ada Lovelace", city: "London", country: "GB" });
  });

  it("never trusts client money: extra keys are BAD_REQUEST; a stale expected total is CONFLICT with the new total", async () => {
    const shop = await createShop(t.db);
    const m = await shop.medicine({ priceCents: 700, stock: 10 });
    const { caller } = await createCustomer(t.db);
    const lines = [{ medicineId: m.id, quantity: 1 }];
    const before = await snapshot([m.id]);

    for (const extra of [{ totalCents: 1 }, { price: 1 }, { unitPrice: 1 }, { subtotalCents: 1 }]) {
      await expectTRPCError(caller.order.place({ ...placeInput({ lines }), ...extra } as never), "BAD_REQUEST");
    }
    await expectTRPCError(caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 1, unitPriceCents: 1 }] as never })), "BAD_REQUEST");

    const stale = await expectTRPCError(caller.order.place(placeInput({ lines, expectedTotalCents: 1 })), "CONFLICT");
    expect(errorDetails(stale)).toMatchObject({ reason: "price_changed", expectedTotalCents: 1, totalCents: 700 + FLAT_SHIPPING_CENTS });
    expect(await snapshot([m.id])).toEqual(before);

    const ok = await caller.order.place(placeInput({ lines, expectedTotalCents: 700 + FLAT_SHIPPING_CENTS }));
    expect(ok.orders[0]!.items[0]!.unitPriceCents).toBe(700);
  });

  it.each([0, -1, 1.5, 100])("refuses quantity %s with BAD_REQUEST and changes nothing", async (quantity) => {
    const shop = await createShop(t.db);
    const m = await shop.medicine({ stock: 500 });
    const { caller } = await createCustomer(t.db);
    const before = await snapshot([m.id]);
    await expectTRPCError(caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity }] })), "BAD_REQUEST");
    await expectTRPCError(caller.cart.add({ medicineId: m.id, quantity }), "BAD_REQUEST");
    await expectTRPCError(caller.cart.setQuantity({ medicineId: m.id, quantity }), "BAD_REQUEST");
    expect(await snapshot([m.id])).toEqual(before);
    expect((await caller.cart.get()).lines).toEqual([]);
  });

  it("validates the rest of the input", async () => {
    const shop = await createShop(t.db);
    const m = await shop.medicine();
    const { caller } = await createCustomer(t.db);
    const lines = [{ medicineId: m.id, quantity: 1 }];
    const bad: unknown[] = [
      placeInput({ lines, idempotencyKey: "short" }),
      placeInput({ lines, idempotencyKey: "has spaces in it" }),
      placeInput({ lines, phone: "call me" }),
      placeInput({ lines, paymentMethod: "CARD" as never }),
      placeInput({ lines, addressId: "x" }), // both addressId and address
      placeInput({ lines, address: undefined }), // neither
      placeInput({ lines: [...lines, ...lines] }), // duplicate medicine
      placeInput({ lines: [] }),
    ];
    for (const input of bad) await expectTRPCError(caller.order.place(input as never), "BAD_REQUEST");
  });

  it("explains what is wrong: empty cart, inactive medicine, out of stock, someone else's address", async () => {
    const shop = await createShop(t.db);
    const archived = await shop.medicine({ status: "ARCHIVED", name: "Oldpill" });
    const scarce = await shop.medicine({ stock: 2, name: "Rarex" });
    const plenty = await shop.medicine({ stock: 50 });
    const { caller } = await createCustomer(t.db);
    const stranger = await createCustomer(t.db);
    const theirs = await stranger.caller.address.create({ ...placeInput().address!, isDefault: true });

    const empty = await expectTRPCError(caller.order.place(placeInput()), "BAD_REQUEST");
    expect(empty.message).toBe("Your cart is empty.");

    const inactive = await expectTRPCError(
      caller.order.place(placeInput({ lines: [{ medicineId: plenty.id, quantity: 1 }, { medicineId: archived.id, quantity: 1 }] })),
      "CONFLICT",
    );
    expect(inactive.message).toContain("Oldpill");

    const before = await snapshot([plenty.id, scarce.id]);
    const short = await expectTRPCError(
      caller.order.place(placeInput({ lines: [{ medicineId: plenty.id, quantity: 3 }, { medicineId: scarce.id, quantity: 3 }] })),
      "CONFLICT",
    );
    expect(short.message).toBe("Only 2 left of Rarex (you asked for 3).");
    expect(errorDetails(short)).toMatchObject({ reason: "out_of_stock", medicineId: scarce.id, name: "Rarex", requested: 3, available: 2 });
    expect(await snapshot([plenty.id, scarce.id])).toEqual(before); // the plenty line rolled back too

    await expectTRPCError(caller.order.place(placeInput({ lines: [{ medicineId: "missing", quantity: 1 }] })), "NOT_FOUND");
    await expectTRPCError(
      caller.order.place(placeInput({ address: undefined, addressId: theirs.id, lines: [{ medicineId: plenty.id, quantity: 1 }] })),
      "NOT_FOUND",
    );
    expect(await snapshot([plenty.id, scarce.id])).toEqual(before);
  });

  it("replays the same key + body; refuses the same key with another body", async () => {
    const shop = await createShop(t.db);
    const m = await shop.medicine({ stock: 10 });
    const { caller } = await createCustomer(t.db);
    const input = placeInput({ lines: [{ medicineId: m.id, quantity: 2 }] });

    const first = await caller.order.place(input);
    const second = await caller.order.place({ ...input, address: { ...input.address!, save: false } }); // same body after defaults
    expect(second).toEqual(first);
    expect(await t.db.order.count({ where: { checkoutId: first.checkoutId } })).toBe(1);
    expect((await stockStory(t.db, m.id)).stock).toBe(8);

    const reused = await expectTRPCError(caller.order.place({ ...input, lines: [{ medicineId: m.id, quantity: 3 }] }), "CONFLICT");
    expect(errorDetails(reused)).toMatchObject({ reason: "idempotency_key_reused" });
    expect((await stockStory(t.db, m.id)).stock).toBe(8);

    // Keys are per customer: another customer's identical key is a different checkout.
    const other = await createCustomer(t.db);
    const theirs = await other.caller.order.place(input);
    expect(theirs.checkoutId).not.toBe(first.checkoutId);

    // A failed attempt stores nothing: the same key can be retried once the problem is fixed.
    const retryable = placeInput({ lines: [{ medicineId: m.id, quantity: 50 }] });
    await expectTRPCError(caller.order.place(retryable), "CONFLICT");
    await createBatch(t.db, { medicineId: m.id, quantity: 50 });
    await expect(caller.order.place(retryable)).resolves.toMatchObject({ totalCents: expect.any(Number) });
  });

  it("is for customers only", async () => {
    const shop = await createShop(t.db);
    const m = await shop.medicine();
    await expectTRPCError(shop.caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 1 }] })), "FORBIDDEN");
  });
});
