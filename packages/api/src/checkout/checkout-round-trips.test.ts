import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db, type QueryEvent } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { createCustomer, createShop, placeInput } from "../testing/commerce";

/**
 * A checkout costs a constant number of SQL round trips whatever the number of sellers in the
 * cart (multi-row inserts over arrays, one stock UPDATE for all lines). Counted with Prisma's
 * query events on a client of its own; BEGIN and COMMIT are counted too.
 */
let t: TestDatabase;
let counted: Db;
const statements: QueryEvent[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
  counted = createDb({ url: t.url, max: 2, onQuery: (e) => statements.push(e) });
});
afterAll(async () => {
  await counted?.$disconnect();
  await t?.drop();
});

async function statementsOfCheckout(sellerCount: number): Promise<string[]> {
  const shops = await Promise.all(Array.from({ length: sellerCount }, () => createShop(t.db)));
  const medicines = await Promise.all(shops.map((s) => s.medicine({ stock: 10, priceCents: 500 })));
  const { actor } = await createCustomer(t.db);
  const caller = createCaller({ db: counted, actor });
  statements.length = 0;
  const result = await caller.order.place(
    placeInput({ lines: medicines.map((m) => ({ medicineId: m.id, quantity: 2 })) }),
  );
  expect(result.orders).toHaveLength(sellerCount);
  return statements.map((s) => s.query);
}

describe("order.place round trips", () => {
  it("sends the same statements for one seller and for five", async () => {
    const one = await statementsOfCheckout(1);
    const five = await statementsOfCheckout(5);
    // Same statements in the same order; only Prisma's own multi-row VALUES / IN lists grow.
    const shape = (qs: string[]) => qs.map((q) => q.replace(/\(\$\d+(,\s*\$\d+)*\)|VALUES .*$/g, "…"));
    expect(shape(five)).toEqual(shape(one));
    // claim key, lock, sellable batches (read after the lock: see lockMedicines), decrement,
    // sellers, orders+children+FEFO, outbox, cart, stored response (+ BEGIN/COMMIT); then, after
    // the COMMIT, the one catalogue announcement (the transaction's own writes send no NOTIFY).
    const commit = one.findIndex((q) => /^COMMIT/i.test(q));
    expect(commit).toBeGreaterThan(0);
    expect(commit + 1).toBeLessThanOrEqual(12);
    expect(one.slice(commit + 1)).toEqual([expect.stringMatching(/pg_notify/)]);
    expect(one.slice(0, commit).some((q) => /pg_notify/.test(q))).toBe(false);
    expect(one.some((q) => /SET TRANSACTION/i.test(q))).toBe(false);
  });

  // The embedded server (npm test without DATABASE_URL) passes no notification between sessions.
  it.skipIf(process.env.HEALIO_TEST_DB_MODE === "embedded")("its stock and lot writes send no notification from inside the transaction: exactly one, after it", async () => {
    const shop = await createShop(t.db);
    const medicine = await shop.medicine({ stock: 10, priceCents: 500 });
    const { actor } = await createCustomer(t.db);
    const listener = new pg.Client({ connectionString: t.url });
    await listener.connect();
    try {
      const heard: string[] = [];
      listener.on("notification", (n) => heard.push(n.payload ?? ""));
      await listener.query("LISTEN healio_cache");
      // A round trip on the listening connection delivers whatever committed before it.
      await listener.query("SELECT 1");
      heard.length = 0;
      await createCaller({ db: counted, actor }).order.place(placeInput({ lines: [{ medicineId: medicine.id, quantity: 2 }] }));
      await listener.query("SELECT 1");
      expect(heard).toEqual(["catalogue"]);
      // A write outside checkout still notifies from the trigger.
      await t.db.$executeRaw`UPDATE "Medicine" SET stock = stock + 1 WHERE id = ${medicine.id}`;
      await listener.query("SELECT 1");
      expect(heard).toEqual(["catalogue", "catalogue"]);
    } finally {
      await listener.end();
    }
  });

  it("writes every row of a five-seller checkout: orders with numbers, items, events, ledger, audit", async () => {
    const shops = await Promise.all(Array.from({ length: 5 }, () => createShop(t.db)));
    const medicines = await Promise.all(shops.map((s) => s.medicine({ stock: 10, priceCents: 700 })));
    const { caller } = await createCustomer(t.db);
    const result = await caller.order.place(placeInput({ lines: medicines.map((m) => ({ medicineId: m.id, quantity: 3 })) }));

    const orders = await t.db.order.findMany({
      where: { checkoutId: result.checkoutId },
      include: { items: true, statusEvents: true, stockMovements: true },
    });
    expect(orders.map((o) => o.number).sort()).toEqual(result.orders.map((o) => o.number).sort());
    for (const order of orders) {
      expect(order.items).toHaveLength(1);
      expect(order.statusEvents).toMatchObject([{ fromStatus: null, toStatus: "PLACED" }]);
      expect(order.stockMovements).toMatchObject([{ delta: -3, reason: "ORDER" }]);
      const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "order.placed", entityId: order.id } });
      expect(audit.after).toMatchObject({ number: order.number, checkoutId: result.checkoutId, status: "PLACED", totalCents: order.totalCents });
    }
    const stocks = await t.db.medicine.findMany({ where: { id: { in: medicines.map((m) => m.id) } }, select: { stock: true } });
    expect(stocks.map((s) => s.stock)).toEqual([7, 7, 7, 7, 7]);
  });
});
