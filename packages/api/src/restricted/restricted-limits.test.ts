import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { placeOrder } from "../checkout/place-order";
import { createCustomer, createShop, errorDetails, placeInput, settle } from "../testing/commerce";
import { expectTRPCError } from "../testing/expect";
import { placeOrderInput } from "../checkout/checkout.schema";
import { listingInput } from "../testing/catalog";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

/** Two products with pseudoephedrine (default limits 3.6 g/day, 7.5 g/30 days): 720 mg and 240 mg per pack. */
async function setup() {
  const shop = await createShop(t.db);
  const otherShop = await createShop(t.db);
  const big = await shop.medicine({ name: "Sudafed 24x30", restrictedIngredient: "pseudoephedrine", restrictedMgPerPack: 720, stock: 500 });
  const small = await otherShop.medicine({ name: "Decongest 8x30", restrictedIngredient: "pseudoephedrine", restrictedMgPerPack: 240, stock: 500 });
  const customer = await createCustomer(t.db);
  return { shop, big, small, customer };
}

async function boughtMg(customerId: string): Promise<number> {
  const rows = await t.db.orderItem.findMany({
    where: { order: { customerId, status: { not: "CANCELLED" } }, restrictedIngredient: "pseudoephedrine" },
    select: { quantity: true, restrictedMgPerPack: true },
  });
  return rows.reduce((sum, r) => sum + r.quantity * (r.restrictedMgPerPack ?? 0), 0);
}

describe("restricted quantities", () => {
  it("counts every product with the ingredient and says how much more may be bought and from when", async () => {
    const { big, small, customer } = await setup();
    await customer.caller.order.place(placeInput({ lines: [{ medicineId: big.id, quantity: 4 }] })); // 2880 mg
    const error = await expectTRPCError(
      customer.caller.order.place(placeInput({ lines: [{ medicineId: small.id, quantity: 4 }] })), // +960 mg > 3600
      "CONFLICT",
    );
    const details = errorDetails(error)!;
    expect(details).toMatchObject({ reason: "restricted_limit", window: "day", usedMg: 2880, requestedMg: 960, remainingMg: 720 });
    expect(error.message).toContain("You can buy 720 mg more now");
    const first = await t.db.order.findFirstOrThrow({ where: { customerId: customer.actor.userId }, select: { createdAt: true } });
    expect(details.availableFrom).toBe(new Date(first.createdAt.getTime() + 86_400_000).toISOString());

    // 3 packs of 240 mg fit exactly (2880 + 720 = 3600).
    await customer.caller.order.place(placeInput({ lines: [{ medicineId: small.id, quantity: 3 }] }));
    expect(await boughtMg(customer.actor.userId)).toBe(3600);
  });

  it("applies the 30-day window over older orders, and cancelled orders do not count", async () => {
    const { big, customer } = await setup();
    const old = await customer.caller.order.place(placeInput({ lines: [{ medicineId: big.id, quantity: 5 }] })); // 3600
    await t.db.order.update({ where: { id: old.orders[0]!.id }, data: { createdAt: new Date(Date.now() - 10 * 86_400_000) } });
    const mid = await customer.caller.order.place(placeInput({ lines: [{ medicineId: big.id, quantity: 5 }] })); // 7200 in 30 days
    await t.db.order.update({ where: { id: mid.orders[0]!.id }, data: { createdAt: new Date(Date.now() - 2 * 86_400_000) } });
    const error = await expectTRPCError(customer.caller.order.place(placeInput({ lines: [{ medicineId: big.id, quantity: 1 }] })), "CONFLICT");
    expect(errorDetails(error)).toMatchObject({ window: "30 days", usedMg: 7200, remainingMg: 300 });

    await customer.caller.order.cancel({ id: mid.orders[0]!.id });
    await customer.caller.order.place(placeInput({ lines: [{ medicineId: big.id, quantity: 1 }] }));
  });

  it("an order alone over the daily limit is refused with no date", async () => {
    const { big, customer } = await setup();
    const error = await expectTRPCError(customer.caller.order.place(placeInput({ lines: [{ medicineId: big.id, quantity: 6 }] })), "CONFLICT");
    expect(errorDetails(error)).toMatchObject({ requestedMg: 4320, availableFrom: null });
  });

  it("20 concurrent orders of one customer never exceed the limit together", async () => {
    const { big, small, customer } = await setup();
    // 20 orders of 720 mg (alternating products and sellers): exactly 5 fit in 3.6 g.
    const attempts = Array.from({ length: 20 }, (_, i) =>
      settle(
        placeOrder(
          t.db,
          customer.actor,
          placeOrderInput.parse(
            placeInput({ lines: [i % 2 === 0 ? { medicineId: big.id, quantity: 1 } : { medicineId: small.id, quantity: 3 }] }),
          ),
        ),
      ),
    );
    const results = await Promise.all(attempts);
    const ok = results.filter((r) => r.ok).length;
    const refused = results.filter((r) => !r.ok);
    expect(ok).toBe(5);
    expect(refused).toHaveLength(15);
    for (const r of refused) expect(!r.ok && (r.error as { details?: { reason?: string } }).details?.reason).toBe("restricted_limit");
    expect(await boughtMg(customer.actor.userId)).toBe(3600);
  });

  it("a seller sets the restricted ingredient on a listing; it is enforced from the next order", async () => {
    const shop = await createShop(t.db);
    const customer = await createCustomer(t.db);
    const listing = await shop.caller.listing.create(
      listingInput(shop.category.id, { initialStock: 50, restricted: { ingredient: "pseudoephedrine", mgPerPack: 2000 } }),
    );
    expect(listing).toMatchObject({ restrictedIngredient: "pseudoephedrine", restrictedMgPerPack: 2000 });
    await expectTRPCError(
      shop.caller.listing.create(listingInput(shop.category.id, { restricted: { ingredient: "caffeine", mgPerPack: 10 } as never })),
      "BAD_REQUEST",
    );
    const error = await expectTRPCError(customer.caller.order.place(placeInput({ lines: [{ medicineId: listing.id, quantity: 2 }] })), "CONFLICT");
    expect(errorDetails(error)).toMatchObject({ reason: "restricted_limit", requestedMg: 4000 });
    const cleared = await shop.caller.listing.update({ id: listing.id, restricted: null });
    expect(cleared).toMatchObject({ restrictedIngredient: null, restrictedMgPerPack: null });
    await customer.caller.order.place(placeInput({ lines: [{ medicineId: listing.id, quantity: 2 }] }));
  });
});
