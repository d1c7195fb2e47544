import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { checkInvariants } from "../bench/invariants";
import { startWebApp, type AppProcess } from "./harness/app-process";
import { placeOrder, signedInCustomers, stockedMedicine, trpcCode } from "./harness/world";

let t: TestDatabase;
let app: AppProcess | undefined;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await app?.stop("SIGKILL");
  await t?.drop();
});

describe("connection pool exhausted", () => {
  it("answers 503 within the bounded wait, with a clear JSON message, while /health still answers", async () => {
    const customers = await signedInCustomers(t.db, 2);
    const medicine = await stockedMedicine(t.db, 10);
    app = await startWebApp({ DATABASE_URL: t.url, DATABASE_POOL_MAX: "2", DATABASE_POOL_TIMEOUT_MS: "500" });

    // Two orders wait on a row lock we hold from outside, each holding one of the app's two
    // pooled connections: the pool is exhausted, as under a burst of slow transactions.
    const blocker = new pg.Client({ connectionString: t.url });
    await blocker.connect();
    await blocker.query("BEGIN");
    await blocker.query(`SELECT 1 FROM "Medicine" WHERE id = $1 FOR UPDATE`, [medicine.id]);
    let held: Promise<Awaited<ReturnType<typeof placeOrder>>[]> = Promise.resolve([]);
    try {
      held = Promise.all(customers.map((c) => placeOrder(app!.url, c, [{ medicineId: medicine.id, quantity: 1 }])));
      held.catch(() => undefined); // asserted below; a failed assertion above must not leave it unhandled
      await waitForBlockedOrders(t.url, 2);

      const started = Date.now();
      const res = await fetch(`${app.url}/api/categories`);
      const elapsed = Date.now() - started;
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("2");
      expect(res.headers.get("x-request-id")).toBeTruthy();
      expect(await res.json()).toEqual({
        error: {
          code: "SERVICE_UNAVAILABLE",
          message: "The service is busy or briefly unavailable. Please try again in a few seconds.",
          details: { retryAfterSeconds: 2 },
        },
      });
      console.info(`[reliability] pool exhausted: 503 after ${elapsed} ms (bound 500 ms)`);
      // Fails fast: the bounded wait (500 ms) plus serving, not the 10 s+ a transaction may queue.
      expect(elapsed).toBeLessThan(5_000);

      const trpc = await fetch(`${app.url}/api/trpc/category.tree`);
      expect(trpc.status).toBe(503);
      expect(trpcCode(await trpc.json())).toBe("SERVICE_UNAVAILABLE");

      const health = await fetch(`${app.url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "degraded", db: "saturated" });

      const warnings = app.logs.filter((l) => l.level === "warn" && l.code === "SERVICE_UNAVAILABLE");
      expect(warnings.length).toBeGreaterThanOrEqual(2);
      expect(warnings.every((l) => typeof l.requestId === "string")).toBe(true);
    } finally {
      await blocker.query("COMMIT");
      await blocker.end();
    }
    // Released: the waiting orders complete and the app is healthy again.
    expect((await held).map((r) => r.status)).toEqual([200, 200]);
    expect(await (await fetch(`${app.url}/health`)).json()).toMatchObject({ status: "ok", db: "ok" });
    expect((await fetch(`${app.url}/api/categories`)).status).toBe(200);
    expect((await checkInvariants(t.url)).filter((i) => i.violations > 0)).toEqual([]);
  });
});

/** Waits until `n` backends of the test database are blocked on a lock (the held orders). */
async function waitForBlockedOrders(url: string, n: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { rows } = await client.query<{ count: string }>(
        `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (Number(rows[0]!.count) >= n) return;
      if (Date.now() > deadline) throw new Error(`only ${rows[0]!.count} of ${n} orders reached the lock`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await client.end();
  }
}
