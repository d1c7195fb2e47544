import { describe, expect, it } from "vitest";
import { Prisma } from "@healio/db";
import { sellableStockSql } from "../catalog/sellable";
import { getCart } from "../cart/get-cart";
import { createCustomer, createCustomers, createShop, errorCode, placeInput, settle, stockStory } from "../testing/commerce";
import { createBatch } from "../testing/factories";
import { expectTRPCError } from "../testing/expect";
import { createCaller } from "../root";
import { useTestDatabase } from "../testing/setup";

const t = useTestDatabase();

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY);

async function lots(medicineId: string) {
  const rows = await t.db.batch.findMany({ where: { medicineId }, orderBy: { lotNumber: "asc" } });
  return Object.fromEntries(rows.map((b) => [b.lotNumber, b.quantity]));
}

/** A medicine with no stock of its own and the given lots (created in the order given). */
async function medicineWithLots(specs: { lot: string; quantity: number; expiresAt: Date; state?: "QUARANTINED" }[]) {
  const shop = await createShop(t.db);
  const m = await shop.medicine({ stock: 0, priceCents: 500 });
  const batches = [];
  for (const s of specs) {
    const b = await createBatch(t.db, { medicineId: m.id, quantity: s.quantity, lotNumber: s.lot, expiresAt: s.expiresAt });
    if (s.state) await t.db.batch.update({ where: { id: b.id }, data: { state: s.state } });
    batches.push(b);
  }
  return { shop, m, batches };
}

describe("FEFO checkout over batches", () => {
  it("takes the earliest-expiring lots first across three batches, records them, and a cancel returns units to the same lots once", async () => {
    const { m } = await medicineWithLots([
      { lot: "MID", quantity: 2, expiresAt: inDays(30) },
      { lot: "SOON", quantity: 3, expiresAt: inDays(10) },
      { lot: "LATE", quantity: 4, expiresAt: inDays(60) },
    ]);
    const customer = await createCustomer(t.db);
    const placed = await customer.caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 6 }] }));
    const orderId = placed.orders[0]!.id;

    expect(await lots(m.id)).toEqual({ SOON: 0, MID: 0, LATE: 3 });
    const allocations = await t.db.orderItemBatch.findMany({ where: { orderItem: { orderId } }, include: { batch: true } });
    expect(Object.fromEntries(allocations.map((a) => [a.batch.lotNumber, a.quantity]))).toEqual({ SOON: 3, MID: 2, LATE: 1 });
    const taken = await t.db.stockMovement.findMany({ where: { orderId, reason: "ORDER" }, include: { batch: true } });
    expect(Object.fromEntries(taken.map((x) => [x.batch.lotNumber, x.delta]))).toEqual({ SOON: -3, MID: -2, LATE: -1 });
    expect(await stockStory(t.db, m.id)).toEqual({ stock: 3, ledger: 3, ordered: 6, batches: 3 });

    // Someone else buys the rest meanwhile: the cancel must still return to SOON/MID/LATE, not FEFO.
    const other = await createCustomer(t.db);
    await other.caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 3 }] }));
    expect(await lots(m.id)).toEqual({ SOON: 0, MID: 0, LATE: 0 });

    await customer.caller.order.cancel({ id: orderId });
    expect(await lots(m.id)).toEqual({ SOON: 3, MID: 2, LATE: 1 });
    const returned = await t.db.stockMovement.findMany({ where: { orderId, reason: "ORDER_CANCELLED" }, include: { batch: true } });
    expect(Object.fromEntries(returned.map((x) => [x.batch.lotNumber, x.delta]))).toEqual({ SOON: 3, MID: 2, LATE: 1 });
    await expectTRPCError(customer.caller.order.cancel({ id: orderId }), "CONFLICT");
    expect(await lots(m.id)).toEqual({ SOON: 3, MID: 2, LATE: 1 });
    expect(await stockStory(t.db, m.id)).toEqual({ stock: 6, ledger: 6, ordered: 3, batches: 6 });
  });

  it("never sells an expired, quarantined or recalled lot: only AVAILABLE unexpired units count", async () => {
    const { m, batches } = await medicineWithLots([
      { lot: "GONE", quantity: 5, expiresAt: new Date(Date.now() - 1) },
      { lot: "HELD", quantity: 5, expiresAt: inDays(5), state: "QUARANTINED" },
      { lot: "GOOD", quantity: 2, expiresAt: inDays(90) },
      { lot: "BAD", quantity: 5, expiresAt: inDays(100) },
    ]);
    await t.db.batch.update({ where: { id: batches[3]!.id }, data: { state: "RECALLED" } });
    const customer = await createCustomer(t.db);
    const shopper = createCaller({ db: t.db, actor: customer.actor });

    expect((await shopper.medicine.bySlug({ slug: m.slug })).stock).toBe(2);
    const refused = await expectTRPCError(shopper.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 3 }] })), "CONFLICT");
    expect(refused.message).toBe(`Only 2 left of ${m.name} (you asked for 3).`);
    await shopper.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 2 }] }));
    expect(await lots(m.id)).toEqual({ GONE: 5, HELD: 5, GOOD: 0, BAD: 5 });
    expect((await shopper.medicine.bySlug({ slug: m.slug })).stockState).toEqual({ state: "out_of_stock" });
    // On hand (Medicine.stock) still counts every unit held: 15, of which none is sellable.
    expect(await stockStory(t.db, m.id)).toMatchObject({ stock: 15, ledger: 15, batches: 15 });
  });

  it("a lot is unsellable from the millisecond it expires (compared with now(), no job needed)", async () => {
    const { m, batches } = await medicineWithLots([{ lot: "EDGE", quantity: 4, expiresAt: inDays(1) }]);
    const customer = await createCustomer(t.db);
    await t.db.cartItem.create({ data: { userId: customer.user.id, medicineId: m.id, quantity: 1 } });
    const sellable = (tx: Prisma.TransactionClient) =>
      tx.$queryRaw<{ n: number }[]>`SELECT ${sellableStockSql("m")} AS n FROM "Medicine" m WHERE m.id = ${m.id}`.then((r) => r[0]!.n);

    // Inside one transaction now() is fixed: expiry at now() truncated to the millisecond is
    // already past (or equal): gone. One millisecond later: still sellable.
    await t.db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ at: Date }[]>`SELECT date_trunc('milliseconds', now()) AS at`;
      const at = row!.at;
      await tx.batch.update({ where: { id: batches[0]!.id }, data: { expiresAt: at } });
      expect(await sellable(tx)).toBe(0);
      expect((await getCart(tx, customer.actor)).lines[0]).toMatchObject({ available: 0, problem: { kind: "out_of_stock" } });

      await tx.batch.update({ where: { id: batches[0]!.id }, data: { expiresAt: new Date(at.getTime() + 1) } });
      expect(await sellable(tx)).toBe(4);
      expect((await getCart(tx, customer.actor)).lines[0]).toMatchObject({ available: 4, problem: null });
      throw new Prisma.PrismaClientKnownRequestError("rollback", { code: "TEST_ROLLBACK", clientVersion: "test" });
    }).catch((e: unknown) => {
      if (!(e instanceof Prisma.PrismaClientKnownRequestError) || e.code !== "TEST_ROLLBACK") throw e;
    });

    // Through order.place: a lot that expired a millisecond ago is not sold.
    await t.db.batch.update({ where: { id: batches[0]!.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    await expectTRPCError(customer.caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 1 }] })), "CONFLICT");
    expect(await lots(m.id)).toEqual({ EDGE: 4 });
  });

  it("quarantine holds a lot back from sale at once and release puts it back; recalled lots stay blocked", async () => {
    const { shop, m, batches } = await medicineWithLots([
      { lot: "HOLD", quantity: 4, expiresAt: inDays(30) },
      { lot: "KEEP", quantity: 1, expiresAt: inDays(60) },
    ]);
    const customer = await createCustomer(t.db);
    const shopper = createCaller({ db: t.db, actor: customer.actor });
    const hold = batches[0]!.id;
    expect(await shop.caller.batch.quarantine({ batchId: hold, quarantine: true, note: "cold chain broken" })).toEqual({ id: hold, state: "QUARANTINED" });
    expect((await shopper.medicine.bySlug({ slug: m.slug })).stock).toBe(1);
    await expectTRPCError(shop.caller.batch.quarantine({ batchId: hold, quarantine: true, note: "again" }), "CONFLICT");
    const other = await createShop(t.db);
    await expectTRPCError(other.caller.batch.quarantine({ batchId: hold, quarantine: false, note: "not mine" }), "NOT_FOUND");
    await shop.caller.batch.quarantine({ batchId: hold, quarantine: false, note: "checked, fine" });
    expect((await shopper.medicine.bySlug({ slug: m.slug })).stock).toBe(5);
    expect(await t.db.auditLog.count({ where: { entityId: hold, action: { in: ["batch.quarantined", "batch.released"] } } })).toBe(2);

    await shop.caller.recall.create({ batchId: hold, reason: "Manufacturer recall notice" });
    await expectTRPCError(shop.caller.batch.quarantine({ batchId: hold, quarantine: false, note: "undo it" }), "CONFLICT");
    expect((await shopper.medicine.bySlug({ slug: m.slug })).stock).toBe(1);
  });

  it("never oversells two lots under 30 concurrent orders", async () => {
    const { m } = await medicineWithLots([
      { lot: "ONE", quantity: 5, expiresAt: inDays(20) },
      { lot: "TWO", quantity: 5, expiresAt: inDays(40) },
    ]);
    const customers = await createCustomers(t.db, 30);
    const results = await Promise.all(
      customers.map((c) =>
        settle(createCaller({ db: t.db, actor: c.actor }).order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 1 }] }))),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && errorCode(r.error) === "CONFLICT")).toBe(true);
    expect(await lots(m.id)).toEqual({ ONE: 0, TWO: 0 });
    expect(await stockStory(t.db, m.id)).toEqual({ stock: 0, ledger: 0, ordered: 10, batches: 0 });
    expect(await t.db.orderItemBatch.aggregate({ where: { batch: { medicineId: m.id } }, _sum: { quantity: true } })).toMatchObject({
      _sum: { quantity: 10 },
    });
  });
});
