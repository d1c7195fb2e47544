import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, Prisma, type Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { createCustomer, createCustomers, createShop, placeInput, settle } from "../testing/commerce";
import { actorOf, createUser } from "../testing/factories";
import { keptAndRebuiltRollups, pendingRollupDeltas } from "../testing/rollups";
import { getMarketplaceDashboard } from "./get-dashboard";
import { foldRollupDeltas } from "./rollup-fold";

/*
 * The rollup deltas (analytics_rollup_deltas migration) under real concurrency: checkouts of one
 * hour no longer wait for each other's rollup rows, and folds running between concurrent
 * checkouts lose nothing. "impatient" connections give up on any lock wait after 3 s
 * (lock_timeout), so a checkout that waits fails the test instead of hanging it.
 */

let t: TestDatabase;
let impatient: Db;
let pool: Db;
beforeAll(async () => {
  t = await createTestDatabase();
  const url = new URL(t.url);
  url.searchParams.set("options", "-c lock_timeout=3s");
  impatient = createDb({ url: url.toString(), max: 2 });
  pool = createDb({ url: t.url, max: 12 });
});
afterAll(async () => {
  await impatient?.$disconnect();
  await pool?.$disconnect();
  await t?.drop();
});

/** A deferred: a promise and the function that resolves it. */
function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("rollup deltas", () => {
  it("a checkout commits while another transaction that inserted an order in the same hour is still open", async () => {
    const [armed] = await impatient.$queryRaw<{ v: string }[]>(Prisma.sql`SELECT current_setting('lock_timeout') AS v`);
    expect(armed?.v).toBe("3s");
    const shopA = await createShop(t.db, { storeName: "Held A" });
    const shopB = await createShop(t.db, { storeName: "Held B" });
    const a = await shopA.medicine({ stock: 10, priceCents: 500 });
    const b = await shopB.medicine({ stock: 10, priceCents: 300 });
    const first = await createCustomer(t.db);
    const second = await createCustomer(t.db);
    const model = await first.caller.order.place(placeInput({ lines: [{ medicineId: a.id, quantity: 1 }] }));
    const modelId = model.orders[0]!.id;

    // The held transaction inserts a copy of that order (new id, checkout, number, placed now)
    // with its lines: the same INSERTs on "Order"/"OrderItem" that fire the rollup triggers.
    const copyId = `held-${randomUUID()}`;
    const inserted = gate();
    const release = gate();
    const held = t.db.$transaction(
      async (tx) => {
        await tx.$executeRaw(Prisma.sql`
          INSERT INTO "Order"
          SELECT (jsonb_populate_record(o, jsonb_build_object(
            'id', ${copyId}::text, 'checkoutId', ${copyId}::text, 'createdAt', ${new Date().toISOString()}::text,
            'number', nextval(pg_get_serial_sequence('"Order"', 'number'))))).*
          FROM "Order" o WHERE o.id = ${modelId}`);
        await tx.$executeRaw(Prisma.sql`
          INSERT INTO "OrderItem"
          SELECT (jsonb_populate_record(i, jsonb_build_object('id', ${copyId}::text || i.id, 'orderId', ${copyId}::text))).*
          FROM "OrderItem" i WHERE i."orderId" = ${modelId}`);
        inserted.open();
        await release.opened;
      },
      { timeout: 120_000 },
    );
    await inserted.opened;
    let placed;
    try {
      placed = await settle(
        createCaller({ db: impatient, actor: second.actor }).order.place(placeInput({ lines: [{ medicineId: b.id, quantity: 2 }] })),
      );
    } finally {
      release.open();
      await held;
    }
    expect(placed.ok, placed.ok ? "" : String(placed.error)).toBe(true);
    // Both orders were placed in one UTC hour: before the deltas, the second waited on the hour's
    // shared rollup rows until the first committed (here: failed after lock_timeout).
    const hours = await t.db.$queryRaw<{ hours: bigint }[]>(Prisma.sql`
      SELECT count(DISTINCT date_trunc('hour', "createdAt")) AS hours FROM "Order" WHERE id = ${copyId} OR "customerId" = ${second.user.id}`);
    expect(Number(hours[0]!.hours)).toBe(1);
  });

  it("folds running between concurrent checkouts and status changes lose nothing", async () => {
    const admin = actorOf(await createUser(t.db, { role: "ADMIN" }));
    const shops = [await createShop(t.db, { storeName: "Fold A" }), await createShop(t.db, { storeName: "Fold B" })];
    const medicines = [
      await shops[0]!.medicine({ stock: 1000, priceCents: 700 }),
      await shops[0]!.medicine({ stock: 1000, priceCents: 250 }),
      await shops[1]!.medicine({ stock: 1000, priceCents: 1200 }),
    ];
    const customers = await createCustomers(t.db, 24);

    let stop = false;
    let folds = 0;
    const folding = (async () => {
      while (!stop) {
        await foldRollupDeltas(pool);
        folds += 1;
      }
    })();
    let outcomes;
    try {
      // 24 checkouts at once, every other one split between the two shops.
      outcomes = await Promise.all(
        customers.map((c, i) =>
          settle(
            createCaller({ db: pool, actor: c.actor }).order.place(
              placeInput({
                lines: [
                  { medicineId: medicines[i % 3]!.id, quantity: 1 + (i % 3) },
                  ...(i % 2 === 0 ? [{ medicineId: medicines[(i + 1) % 3]!.id, quantity: 1 }] : []),
                ],
              }),
            ),
          ),
        ),
      );
      // Then cancel or deliver ten orders (parts of split checkouts among them), folds still going.
      const orders = outcomes.flatMap((o) => (o.ok ? o.value.orders : []));
      await Promise.all(
        orders.slice(0, 10).map(async (order, i) => {
          const shop = shops.find((s) => s.user.id === order.seller.id)!;
          const caller = createCaller({ db: pool, actor: shop.actor });
          if (i % 2 === 0) return caller.order.updateStatus({ id: order.id, status: "CANCELLED" });
          for (const status of ["PROCESSING", "SHIPPED", "DELIVERED"] as const) {
            await caller.order.updateStatus({ id: order.id, status });
          }
        }),
      );
    } finally {
      stop = true;
      await folding;
    }
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(folds).toBeGreaterThan(0);

    for (const basis of ["booked", "delivered"] as const) {
      const params = { preset: "today", basis } as const;
      const [auto, raw] = await Promise.all([
        getMarketplaceDashboard(t.db, admin, params, { timeZone: "UTC" }),
        getMarketplaceDashboard(t.db, admin, params, { timeZone: "UTC", source: "raw" }),
      ]);
      expect(auto).toEqual(raw);
    }
    const { kept, rebuilt } = await keptAndRebuiltRollups(t.db);
    expect(rebuilt).toEqual(kept);
    expect(await pendingRollupDeltas(t.db)).toBe(0);
  });

  it("a checkout appends span deltas at the finest level only, and reads and folds expand them to every level", async () => {
    const admin = actorOf(await createUser(t.db, { role: "ADMIN" }));
    const shops = [
      await createShop(t.db, { storeName: "Fine A" }),
      await createShop(t.db, { storeName: "Fine B" }),
      await createShop(t.db, { storeName: "Fine C" }),
    ];
    const medicines = [];
    for (const shop of shops) medicines.push(await shop.medicine({ stock: 10, priceCents: 400 }));
    await foldRollupDeltas(t.db);
    const customer = await createCustomer(t.db);
    const placed = await customer.caller.order.place(
      placeInput({ lines: medicines.map((m, i) => ({ medicineId: m.id, quantity: 1 + i })) }),
    );
    expect(placed.orders).toHaveLength(3);

    const perLevel = await t.db.$queryRaw<{ t: string; level: number; n: bigint }[]>(Prisma.sql`
      SELECT 'medicine' AS t, level, count(*) AS n FROM "AnalyticsMedicineRollupDelta" GROUP BY level
      UNION ALL
      SELECT 'seller', level, count(*) FROM "AnalyticsSellerRollupDelta" GROUP BY level
      ORDER BY 1, 2`);
    // Level 2 only: one row per medicine, two per seller (its lines' sums, its order count).
    // The analytics_rollup_deltas triggers wrote each of them once per level 2..8.
    expect(perLevel.map((r) => [r.t, r.level, Number(r.n)])).toEqual([
      ["medicine", 2, 3],
      ["seller", 2, 6],
    ]);

    // 90 days reach spans of several levels: the pending level-2 deltas must count in each.
    for (const folded of [false, true]) {
      if (folded) expect(await foldRollupDeltas(t.db)).toBeGreaterThan(0);
      for (const preset of ["today", "7d", "90d"] as const) {
        for (const basis of ["booked", "delivered"] as const) {
          const [auto, raw] = await Promise.all([
            getMarketplaceDashboard(t.db, admin, { preset, basis }, { timeZone: "UTC" }),
            getMarketplaceDashboard(t.db, admin, { preset, basis }, { timeZone: "UTC", source: "raw" }),
          ]);
          expect(auto, `${preset} ${basis} folded=${folded}`).toEqual(raw);
        }
      }
    }
    const { kept, rebuilt } = await keptAndRebuiltRollups(t.db);
    expect(rebuilt).toEqual(kept);
  });
});
