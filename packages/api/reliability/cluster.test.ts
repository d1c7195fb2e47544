import { connect } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { checkInvariants } from "../bench/invariants";
import { startWebApp, waitFor, type AppProcess, type LogLine } from "./harness/app-process";
import { placeOrder, signedInCustomers, stockedMedicine } from "./harness/world";

// scripts/serve.mjs with WEB_CONCURRENCY=2: a cluster primary and two workers sharing the port.

let t: TestDatabase;
let app: AppProcess | undefined;
beforeAll(async () => {
  t = await createTestDatabase();
  app = await startWebApp({ DATABASE_URL: t.url, WEB_CONCURRENCY: "2" });
  await app.waitForLog((l) => l.msg === "cluster listening", 90_000);
});
afterAll(async () => {
  await app?.stop("SIGKILL");
  await t?.drop();
});

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

const workerPids = (logs: LogLine[]) => logs.filter((l) => l.msg === "worker started").map((l) => Number(l.workerPid));

/** Backends of the test database waiting for a row lock (the blocked checkouts). */
async function waitingOnLocks(): Promise<number> {
  const rows = await t.db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  return Number(rows[0]!.n);
}

describe("cluster mode (WEB_CONCURRENCY=2)", () => {
  it("restarts a worker that dies, while the other keeps answering", async () => {
    const [victim] = workerPids(app!.logs);
    process.kill(victim!, "SIGKILL");
    const died = await app!.waitForLog((l) => l.msg === "worker died: restarting it");
    expect(died).toMatchObject({ workerPid: victim, signal: "SIGKILL", delayMs: 1000, component: "cluster" });
    expect((await fetch(`${app!.url}/health`)).status).toBe(200);
    const replacement = await waitFor(async () => workerPids(app!.logs)[2], 30_000, "replacement worker");
    await app!.waitForLog((l) => l.msg === "server listening" && l.pid === replacement, 90_000);
    expect(app!.child.exitCode).toBeNull();
  });

  it("on SIGTERM every worker finishes its in-flight orders, then the primary exits 0", async () => {
    const customers = await signedInCustomers(t.db, 6);
    const medicine = await stockedMedicine(t.db, 50);
    // Hold the medicine's row lock: the six orders wait inside the app, spread over both workers
    // (fetch opens one connection per concurrent request; the primary hands them out in turn).
    const blocker = new pg.Client({ connectionString: t.url });
    await blocker.connect();
    await blocker.query("BEGIN");
    await blocker.query(`SELECT 1 FROM "Medicine" WHERE id = $1 FOR UPDATE`, [medicine.id]);
    const started = app!.logs.length;
    try {
      const inFlight = customers.map((c) => placeOrder(app!.url, c, [{ medicineId: medicine.id, quantity: 1 }]));
      await waitFor(async () => ((await waitingOnLocks()) === 6 ? true : undefined), 60_000, "six checkouts waiting on the lock");
      app!.child.kill("SIGTERM");
      const stopping = () => app!.logs.slice(started).filter((l) => l.component === "server" && String(l.msg).startsWith("stopping"));
      await waitFor(async () => (stopping().length === 2 ? true : undefined), 10_000, "both workers stopping");
      // Both workers had orders in flight when the signal arrived.
      expect(stopping().map((l) => l.inFlight)).toEqual([expect.any(Number), expect.any(Number)]);
      expect(stopping().every((l) => Number(l.inFlight) >= 1)).toBe(true);

      // The shared listener closes while the orders are still waiting; the primary is still up.
      await waitFor(async () => ((await accepts(app!.port)) ? undefined : true), 10_000, "listener closed");
      expect(app!.child.exitCode).toBeNull();

      await blocker.query("COMMIT");
      const answers = await Promise.all(inFlight);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(answers.every((a) => a.orderNumbers.length === 1)).toBe(true);
    } finally {
      await blocker.end();
    }

    expect(await app!.stop()).toBe(0);
    const after = app!.logs.slice(started);
    expect(after.filter((l) => l.msg === "worker stopped").map((l) => l.code)).toEqual([0, 0]);
    expect(after.filter((l) => l.msg === "shutdown step done")).toHaveLength(4); // outbox worker + pool, per worker
    expect(after.at(-1)).toMatchObject({ msg: "stopped", component: "cluster", signal: "SIGTERM" });
    expect(app!.rawLines.filter((l) => /error/i.test(l))).toEqual([]);
    expect(await t.db.order.count({ where: { customerId: { in: customers.map((c) => c.id) } } })).toBe(6);
    expect((await checkInvariants(t.url)).filter((i) => i.violations > 0)).toEqual([]);
  });
});
