import { connect } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { checkInvariants } from "../bench/invariants";
import { startWebApp, waitFor, type AppProcess } from "./harness/app-process";
import { placeOrder, signedInCustomers, stockedMedicine } from "./harness/world";

let t: TestDatabase;
let app: AppProcess | undefined;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await app?.stop("SIGKILL");
  await t?.drop();
});

/** Does the port still accept TCP connections? */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("SIGTERM", () => {
  it("stops accepting, finishes the in-flight order, drains the outbox worker, closes the pool, exits 0", async () => {
    const [customer] = await signedInCustomers(t.db, 1);
    const medicine = await stockedMedicine(t.db, 10);
    app = await startWebApp({ DATABASE_URL: t.url });

    // Hold the medicine's row lock from outside, so the order's transaction waits inside the app.
    const blocker = new pg.Client({ connectionString: t.url });
    await blocker.connect();
    await blocker.query("BEGIN");
    await blocker.query(`SELECT 1 FROM "Medicine" WHERE id = $1 FOR UPDATE`, [medicine.id]);
    try {
      const inFlight = placeOrder(app.url, customer!, [{ medicineId: medicine.id, quantity: 2 }]);
      await app.waitForLog(() => false, 1_500).catch(() => undefined); // let the request reach the lock
      app.child.kill("SIGTERM");
      await app.waitForLog((l) => typeof l.msg === "string" && l.msg.startsWith("stopping"));

      // The listener closes (new connections are refused) while the in-flight request still runs.
      const port = app.port;
      await waitFor(async () => ((await accepts(port)) ? undefined : true), 5_000, "listener closed");
      expect(app.child.exitCode).toBeNull();

      await blocker.query("COMMIT");
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(answer.orderNumbers).toHaveLength(1);
    } finally {
      await blocker.end();
    }

    expect(await app.stop()).toBe(0);
    const steps = app.logs.filter((l) => l.msg === "shutdown step done").map((l) => l.hook);
    expect(steps).toEqual(["outbox worker", "database pool"]);
    expect(app.logs).toContainEqual(expect.objectContaining({ msg: "stopped", signal: "SIGTERM" }));
    // The in-flight order finished (and was logged) before the shutdown steps ran.
    const index = (match: (l: Record<string, unknown>) => boolean) => app!.logs.findIndex(match);
    expect(index((l) => l.path === "/api/trpc/order.place")).toBeLessThan(index((l) => l.msg === "shutdown step done"));
    expect(app.rawLines.filter((l) => /error/i.test(l))).toEqual([]);

    const orders = await t.db.order.findMany({ where: { customerId: customer!.id } });
    expect(orders).toHaveLength(1);
    expect((await checkInvariants(t.url)).filter((i) => i.violations > 0)).toEqual([]);
  });
});
