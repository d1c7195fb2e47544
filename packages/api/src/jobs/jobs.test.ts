import { describe, expect, it } from "vitest";
import { createLogger } from "../observability/logger";
import { createCustomer, createShop, placeInput, stockStory } from "../testing/commerce";
import { createBatch, createUser } from "../testing/factories";
import { purgeOldRecords } from "./purge-retention";
import { JOBS, startJobWorker } from "./worker";
import { writeOffExpiredBatches } from "./write-off-expired";
import { useTestDatabase } from "../testing/setup";

const t = useTestDatabase();

const DAY = 86_400_000;

async function lot(id: string) {
  return t.db.batch.findUniqueOrThrow({ where: { id }, select: { quantity: true, state: true } });
}

describe("expired-lot write-off (job function)", () => {
  it("writes the remaining units of expired lots off through the ledger, marks them EXPIRED, leaves recalled and live lots alone", async () => {
    const shop = await createShop(t.db);
    const m = await shop.medicine({ stock: 0 });
    const now = new Date();
    const expired = await createBatch(t.db, { medicineId: m.id, quantity: 4, lotNumber: "OLD", expiresAt: new Date(now.getTime() - DAY) });
    const empty = await createBatch(t.db, { medicineId: m.id, quantity: 1, lotNumber: "EMPTY", expiresAt: new Date(now.getTime() - 1) });
    await t.db.batch.update({ where: { id: empty.id }, data: { quantity: 0 } });
    await t.db.stockMovement.create({ data: { medicineId: m.id, batchId: empty.id, delta: -1, reason: "CORRECTION" } });
    await t.db.medicine.update({ where: { id: m.id }, data: { stock: { decrement: 1 } } });
    const recalled = await createBatch(t.db, { medicineId: m.id, quantity: 2, lotNumber: "RECALLED", expiresAt: new Date(now.getTime() - DAY) });
    await t.db.batch.update({ where: { id: recalled.id }, data: { state: "RECALLED" } });
    const live = await createBatch(t.db, { medicineId: m.id, quantity: 6, lotNumber: "LIVE", expiresAt: new Date(now.getTime() + DAY) });
    expect(await stockStory(t.db, m.id)).toMatchObject({ stock: 12, ledger: 12, batches: 12 });

    const first = await writeOffExpiredBatches(t.db, { now });
    expect(first.units).toBeGreaterThanOrEqual(4);
    expect(await lot(expired.id)).toEqual({ quantity: 0, state: "EXPIRED" });
    expect(await lot(empty.id)).toEqual({ quantity: 0, state: "EXPIRED" });
    expect(await lot(recalled.id)).toEqual({ quantity: 2, state: "RECALLED" });
    expect(await lot(live.id)).toEqual({ quantity: 6, state: "AVAILABLE" });
    const movement = await t.db.stockMovement.findFirstOrThrow({ where: { batchId: expired.id, reason: "WRITE_OFF_EXPIRY" } });
    expect(movement).toMatchObject({ delta: -4, medicineId: m.id, actorId: null });
    expect(movement.note).toContain("Lot OLD expired");
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: m.id, action: "medicine.stock_changed" }, orderBy: { createdAt: "desc" } });
    expect(audit.after).toMatchObject({ delta: -4, reason: "WRITE_OFF_EXPIRY", lots: [{ lotNumber: "OLD", delta: -4 }] });
    expect(await stockStory(t.db, m.id)).toMatchObject({ stock: 8, ledger: 8, batches: 8 });

    // Nothing left to do: a second run (or a second worker) writes nothing twice.
    const again = await writeOffExpiredBatches(t.db, { now });
    expect(await t.db.stockMovement.count({ where: { batchId: expired.id, reason: "WRITE_OFF_EXPIRY" } })).toBe(1);
    expect(await stockStory(t.db, m.id)).toMatchObject({ stock: 8, ledger: 8, batches: 8 });
    expect(again.batches).toBeGreaterThanOrEqual(0);
  });

  it("units a cancel returns to a lot that expired meanwhile are written off by the next run", async () => {
    const shop = await createShop(t.db);
    const m = await shop.medicine({ stock: 0 });
    const soon = await createBatch(t.db, { medicineId: m.id, quantity: 3, lotNumber: "SOON", expiresAt: new Date(Date.now() + DAY) });
    const customer = await createCustomer(t.db);
    const placed = await customer.caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 2 }] }));
    const later = new Date(Date.now() + 2 * DAY);
    await writeOffExpiredBatches(t.db, { now: later });
    expect(await lot(soon.id)).toEqual({ quantity: 0, state: "EXPIRED" });

    await customer.caller.order.cancel({ id: placed.orders[0]!.id });
    expect(await lot(soon.id)).toEqual({ quantity: 2, state: "EXPIRED" });
    await writeOffExpiredBatches(t.db, { now: later });
    expect(await lot(soon.id)).toEqual({ quantity: 0, state: "EXPIRED" });
    expect(await stockStory(t.db, m.id)).toEqual({ stock: 0, ledger: 0, ordered: 0, batches: 0 });
  });
});

describe("retention purge (job function)", () => {
  it("deletes idempotency keys and SENT mail older than the retention window, keeps the rest", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 31 * DAY);
    const recent = new Date(now.getTime() - 29 * DAY);
    const user = await createUser(t.db);
    await t.db.idempotencyKey.createMany({
      data: [
        { userId: user.id, key: "old", requestHash: "h", createdAt: old },
        { userId: user.id, key: "recent", requestHash: "h", createdAt: recent },
      ],
    });
    const tag = `purge-${Date.now()}`;
    await t.db.emailOutbox.createMany({
      data: [
        { to: `${tag}-sent-old@x.test`, subject: tag, text: "x", status: "SENT", sentAt: old, createdAt: old },
        { to: `${tag}-sent-recent@x.test`, subject: tag, text: "x", status: "SENT", sentAt: recent, createdAt: old },
        { to: `${tag}-pending-old@x.test`, subject: tag, text: "x", status: "PENDING", createdAt: old },
        { to: `${tag}-failed-old@x.test`, subject: tag, text: "x", status: "FAILED", createdAt: old },
      ],
    });

    const result = await purgeOldRecords(t.db, { retentionDays: 30, now });
    expect(result).toMatchObject({ idempotencyKeys: 1, sentMail: 1 });
    expect((await t.db.idempotencyKey.findMany({ where: { userId: user.id } })).map((k) => k.key)).toEqual(["recent"]);
    const left = await t.db.emailOutbox.findMany({ where: { subject: tag }, orderBy: { to: "asc" } });
    expect(left.map((r) => r.to.replace(`${tag}-`, ""))).toEqual(["failed-old@x.test", "pending-old@x.test", "sent-recent@x.test"]);

    // A shorter window (JOB_RETENTION_DAYS) reaches the recent rows too.
    expect(await purgeOldRecords(t.db, { retentionDays: 7, now })).toMatchObject({ idempotencyKeys: 1, sentMail: 1 });
  });
});

describe("job worker (pg-boss)", () => {
  it("registers both schedules and runs a queued job through pg-boss against the database", async () => {
    const worker = await startJobWorker({
      db: t.db,
      databaseUrl: t.url,
      retentionDays: 30,
      writeOffCron: "*/10 * * * *",
      purgeCron: "17 3 * * *",
      log: createLogger(undefined, "silent"),
      pollingIntervalSeconds: 0.5,
    });
    try {
      const schedules = await worker.boss.getSchedules();
      expect(Object.fromEntries(schedules.map((s) => [s.name, s.cron]))).toMatchObject({
        [JOBS.writeOffExpired]: "*/10 * * * *",
        [JOBS.purgeRetention]: "17 3 * * *",
      });

      const shop = await createShop(t.db);
      const m = await shop.medicine({ stock: 0 });
      const expired = await createBatch(t.db, { medicineId: m.id, quantity: 5, lotNumber: "BOSS", expiresAt: new Date(Date.now() - 1000) });
      const jobId = await worker.runNow(JOBS.writeOffExpired);
      expect(jobId).toEqual(expect.any(String));

      // Wait for pg-boss to fetch and complete the job (no fixed sleep: poll the job's state).
      let state: string | undefined;
      for (let i = 0; i < 120 && state !== "completed" && state !== "failed"; i += 1) {
        state = (await worker.boss.getJobById(JOBS.writeOffExpired, jobId!))?.state;
        if (state !== "completed") await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(state).toBe("completed");
      expect(await lot(expired.id)).toEqual({ quantity: 0, state: "EXPIRED" });
      expect(await stockStory(t.db, m.id)).toMatchObject({ stock: 0, ledger: 0, batches: 0 });
    } finally {
      await worker.stop();
    }
  });
});
