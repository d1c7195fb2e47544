import { describe, expect, it } from "vitest";
import { createCaller } from "../root";
import { createCustomer, createShop, placeInput } from "../testing/commerce";
import { createBatch } from "../testing/factories";
import { useTestDatabase } from "../testing/setup";

/**
 * The medicine page's "expires on or after" date is the expiry of the lot checkout really takes
 * first: lots that are quarantined, recalled, expired or empty never count, and once the first
 * lot is sold out the page moves on to the next one.
 */
const t = useTestDatabase();

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY);

describe("the lot a customer would receive, on the medicine page", () => {
  it("is the soonest-expiring sellable lot, the one an order takes from first", async () => {
    const shop = await createShop(t.db);
    const m = await shop.medicine({ stock: 0 });
    const page = async () => (await createCaller({ db: t.db, actor: null }).medicine.bySlug({ slug: m.slug })).nextLotExpiresAt;
    expect(await page()).toBeNull();

    const held = await createBatch(t.db, { medicineId: m.id, quantity: 5, expiresAt: inDays(10) });
    await shop.caller.batch.quarantine({ batchId: held.id, quarantine: true, note: "Damaged delivery" });
    const stale = await createBatch(t.db, { medicineId: m.id, quantity: 5, expiresAt: inDays(20) });
    await t.db.batch.update({ where: { id: stale.id }, data: { expiresAt: new Date(Date.now() - DAY) } });
    const first = await createBatch(t.db, { medicineId: m.id, quantity: 2, expiresAt: inDays(40) });
    const second = await createBatch(t.db, { medicineId: m.id, quantity: 10, expiresAt: inDays(300) });
    expect(await page()).toEqual(first.expiresAt);

    // 3 units: the 2 of the first lot, then 1 of the second, as the page promised (none earlier).
    const customer = await createCustomer(t.db);
    await customer.caller.cart.add({ medicineId: m.id, quantity: 3 });
    const placed = await customer.caller.order.place(placeInput());
    const taken = await t.db.orderItemBatch.findMany({
      where: { orderItem: { orderId: placed.orders[0]!.id } },
      select: { quantity: true, batch: { select: { id: true, expiresAt: true } } },
      orderBy: { batch: { expiresAt: "asc" } },
    });
    expect(taken.map((x) => [x.batch.id, x.quantity])).toEqual([[first.id, 2], [second.id, 1]]);
    expect(Math.min(...taken.map((x) => x.batch.expiresAt.getTime()))).toBe(first.expiresAt.getTime());

    // The first lot is gone: the page now shows the next one; a recall of it leaves nothing sellable.
    expect(await page()).toEqual(second.expiresAt);
    await shop.caller.recall.create({ batchId: second.id, reason: "Particles found in vials of this lot" });
    expect(await page()).toBeNull();
  });
});
