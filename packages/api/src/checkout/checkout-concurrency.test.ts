import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import type { Actor } from "../actor";
import { createCustomers, createShop, errorCode, errorDetails, placeInput, settle, stockStory } from "../testing/commerce";

/** Each case takes ~2-4 s on an idle 2-core machine; the budget leaves room for a loaded CI box. */
const BUDGET_MS = 60_000;

/**
 * Real concurrency: every call goes through a pool of 30 separate PostgreSQL connections, all
 * started at once with Promise.all, so transactions genuinely overlap and contend for row locks.
 * The 200 checkouts of one medicine queue on its row lock one after another (about 15 ms each on
 * this machine), so the last ones wait for a connection longer than the app's 3 s pool timeout and
 * would be answered 503 (tested in reliability/pool-exhaustion.test.ts). Here the wait is allowed:
 * this file is about what the race does to stock, not about overload.
 */
let t: TestDatabase;
let pool: Db;
beforeAll(async () => {
  t = await createTestDatabase();
  pool = createDb({ url: t.url, max: 30, connectionTimeoutMs: 30_000 });
});
afterAll(async () => {
  await pool?.$disconnect();
  await t?.drop();
});

type Outcome = Awaited<ReturnType<typeof settle>>;

function tally(outcomes: Outcome[]) {
  const codes: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.ok ? "OK" : (errorCode(o.error) ?? "UNKNOWN");
    codes[key] = (codes[key] ?? 0) + 1;
  }
  return codes;
}

function callerFor(actor: Actor) {
  return createCaller({ db: pool, actor });
}

describe("checkout under real concurrency", () => {
  it("200 customers race for 50 units: exactly 50 orders, 150 clean out-of-stock CONFLICTs, no oversell", async () => {
    const shop = await createShop(t.db);
    const m = await shop.medicine({ stock: 50, priceCents: 500, name: "Scarcemol" });
    const customers = await createCustomers(t.db, 200);

    const started = Date.now();
    const outcomes = await Promise.all(
      customers.map(({ actor }) => settle(callerFor(actor).order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 1 }] })))),
    );
    const elapsed = Date.now() - started;

    const codes = tally(outcomes);
    console.info(`[concurrency] 200 x 1 unit of stock 50: ${JSON.stringify(codes)} in ${elapsed} ms`);
    expect(codes).toEqual({ OK: 50, CONFLICT: 150 });
    for (const o of outcomes) {
      if (!o.ok) expect(errorDetails(o.error)).toMatchObject({ reason: "out_of_stock", medicineId: m.id, name: "Scarcemol", requested: 1, available: 0 });
    }
    // Initial ledger row (+50) and 50 ORDER rows (-1): the ledger sum equals the stock.
    expect(await stockStory(t.db, m.id)).toEqual({ stock: 0, ledger: 0, ordered: 50, batches: 0 });
    expect(await t.db.order.count({ where: { sellerId: shop.user.id } })).toBe(50);
    expect(await t.db.stockMovement.count({ where: { medicineId: m.id, reason: "ORDER" } })).toBe(50);
    expect(await t.db.idempotencyKey.count({ where: { userId: { in: customers.map((c) => c.user.id) } } })).toBe(50);
  }, BUDGET_MS);

  it("crossed two-item carts ([a,b] vs [b,a]) never deadlock: only OK or CONFLICT reaches a caller", async () => {
    const shop = await createShop(t.db);
    const a = await shop.medicine({ stock: 50 });
    const b = await shop.medicine({ stock: 50 });
    const customers = await createCustomers(t.db, 200);

    const started = Date.now();
    const outcomes = await Promise.all(
      customers.map(({ actor }, i) => {
        const lines = [
          { medicineId: a.id, quantity: 1 },
          { medicineId: b.id, quantity: 1 },
        ];
        return settle(callerFor(actor).order.place(placeInput({ lines: i % 2 === 0 ? lines : [...lines].reverse() })));
      }),
    );
    const elapsed = Date.now() - started;

    const codes = tally(outcomes);
    console.info(`[concurrency] 200 crossed carts [a,b]/[b,a], stock 50 each: ${JSON.stringify(codes)} in ${elapsed} ms`);
    expect(codes).toEqual({ OK: 50, CONFLICT: 150 });
    expect(await stockStory(t.db, a.id)).toEqual({ stock: 0, ledger: 0, ordered: 50, batches: 0 });
    expect(await stockStory(t.db, b.id)).toEqual({ stock: 0, ledger: 0, ordered: 50, batches: 0 });
  }, BUDGET_MS);

  it("crossed carts with plenty of stock: every order succeeds, none is lost", async () => {
    const shop = await createShop(t.db);
    const a = await shop.medicine({ stock: 1000 });
    const b = await shop.medicine({ stock: 1000 });
    const customers = await createCustomers(t.db, 100);
    const outcomes = await Promise.all(
      customers.map(({ actor }, i) =>
        settle(
          callerFor(actor).order.place(
            placeInput({
              lines:
                i % 2 === 0
                  ? [{ medicineId: a.id, quantity: 2 }, { medicineId: b.id, quantity: 3 }]
                  : [{ medicineId: b.id, quantity: 3 }, { medicineId: a.id, quantity: 2 }],
            }),
          ),
        ),
      ),
    );
    expect(tally(outcomes)).toEqual({ OK: 100 });
    expect((await stockStory(t.db, a.id)).stock).toBe(1000 - 200);
    expect((await stockStory(t.db, b.id)).stock).toBe(1000 - 300);
  }, BUDGET_MS);

  it("20 concurrent requests with one idempotency key: one order, one decrement, identical replies", async () => {
    const shop = await createShop(t.db);
    const m = await shop.medicine({ stock: 10 });
    const [customer] = await createCustomers(t.db, 1);
    const input = placeInput({ lines: [{ medicineId: m.id, quantity: 3 }] });

    const outcomes = await Promise.all(Array.from({ length: 20 }, () => settle(callerFor(customer!.actor).order.place(input))));

    expect(tally(outcomes)).toEqual({ OK: 20 });
    const replies = outcomes.map((o) => (o.ok ? o.value : null));
    for (const reply of replies) expect(reply).toEqual(replies[0]);
    expect(await t.db.order.count({ where: { customerId: customer!.user.id } })).toBe(1);
    expect(await stockStory(t.db, m.id)).toEqual({ stock: 7, ledger: 7, ordered: 3, batches: 7 });
    expect(await t.db.emailOutbox.count({ where: { to: customer!.user.email } })).toBe(1);

    // Same key, different body, also concurrently: all refused, nothing changes.
    const other = { ...input, lines: [{ medicineId: m.id, quantity: 1 }] };
    const refused = await Promise.all(Array.from({ length: 5 }, () => settle(callerFor(customer!.actor).order.place(other))));
    expect(tally(refused)).toEqual({ CONFLICT: 5 });
    expect((await stockStory(t.db, m.id)).stock).toBe(7);
  }, BUDGET_MS);
});
