import pg from "pg";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { checkInvariants } from "../bench/invariants";
import { startWebApp, type AppProcess } from "./harness/app-process";
import { placeOrder, signedInCustomers, stockedMedicine, trpcCode, type Customer, type PlaceResult } from "./harness/world";

let t: TestDatabase;
let app: AppProcess;
beforeAll(async () => {
  t = await createTestDatabase();
  app = await startWebApp({ DATABASE_URL: t.url });
});
afterAll(async () => {
  await app?.stop("SIGKILL");
  await t?.drop();
});

async function expectInvariants() {
  expect((await checkInvariants(t.url)).filter((i) => i.violations > 0)).toEqual([]);
}

/** A client that honours 503 + Retry-After by sending the same request (same key) again. */
async function placeWithRetries(customer: Customer, medicineId: string): Promise<PlaceResult & { attempts: number }> {
  const idempotencyKey = randomUUID();
  for (let attempts = 1; ; attempts++) {
    const result = await placeOrder(app.url, customer, [{ medicineId, quantity: 1 }], { idempotencyKey });
    if (result.status !== 503 || attempts >= 20) return { ...result, attempts };
    await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
  }
}

describe("order.place over HTTP", () => {
  it("a client that times out and retries with the same idempotency key gets the first order", async () => {
    const [customer] = await signedInCustomers(t.db, 1);
    const medicine = await stockedMedicine(t.db, 5);
    const blocker = new pg.Client({ connectionString: t.url });
    await blocker.connect();
    await blocker.query("BEGIN");
    await blocker.query(`SELECT 1 FROM "Medicine" WHERE id = $1 FOR UPDATE`, [medicine.id]);
    const idempotencyKey = randomUUID();
    let retry: Promise<PlaceResult> | undefined;
    try {
      // The first attempt is slow (it waits on the row lock): the client gives up after 1 s...
      const first = placeOrder(app.url, customer!, [{ medicineId: medicine.id, quantity: 2 }], {
        idempotencyKey,
        signal: AbortSignal.timeout(1_000),
      });
      await expect(first).rejects.toThrow(/abort|timeout/i);
      // ...and retries with the same key while the first is still running on the server.
      retry = placeOrder(app.url, customer!, [{ medicineId: medicine.id, quantity: 2 }], { idempotencyKey });
      retry.catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await blocker.query("COMMIT");
      await blocker.end();
    }
    const answer = await retry!;
    expect(answer.status).toBe(200);
    const orders = await t.db.order.findMany({ where: { customerId: customer!.id }, select: { number: true } });
    expect(orders).toHaveLength(1);
    expect(answer.orderNumbers).toHaveLength(1);

    // A later retry (the answer was lost) replays the same order.
    const again = await placeOrder(app.url, customer!, [{ medicineId: medicine.id, quantity: 2 }], { idempotencyKey });
    expect(again.status).toBe(200);
    expect(again.orderNumbers).toEqual(answer.orderNumbers);
    expect(await t.db.order.count({ where: { customerId: customer!.id } })).toBe(1);
    expect((await t.db.medicine.findUniqueOrThrow({ where: { id: medicine.id } })).stock).toBe(3);
    await expectInvariants();
  });

  it("200 clients on one medicine with 50 in stock: exactly 50 orders, the rest told it is sold out", async () => {
    const STOCK = 50;
    const customers = await signedInCustomers(t.db, 200);
    const medicine = await stockedMedicine(t.db, STOCK);

    const started = Date.now();
    const results = await Promise.all(customers.map((c) => placeWithRetries(c, medicine.id)));
    console.info(
      `[reliability] hot item: ${results.length} clients in ${Date.now() - started} ms, ` +
        `${results.reduce((n, r) => n + r.attempts - 1, 0)} retries after 503`,
    );

    const byStatus = new Map<number, number>();
    for (const r of results) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    expect(Object.fromEntries(byStatus)).toEqual({ 200: STOCK, 409: 200 - STOCK });
    expect(new Set(results.filter((r) => r.status === 409).map((r) => trpcCode(r.body)))).toEqual(new Set(["CONFLICT"]));

    expect((await t.db.medicine.findUniqueOrThrow({ where: { id: medicine.id } })).stock).toBe(0);
    const sold = await t.db.orderItem.aggregate({ where: { medicineId: medicine.id }, _sum: { quantity: true }, _count: true });
    expect(sold).toMatchObject({ _sum: { quantity: STOCK }, _count: STOCK });
    await expectInvariants();
  });
});
