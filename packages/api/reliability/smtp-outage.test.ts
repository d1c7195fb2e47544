import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { startTestSmtpServer, type TestSmtpServer } from "@healio/mail/testing";
import { checkInvariants } from "../bench/invariants";
import { freePort, startWebApp, waitFor, type AppProcess } from "./harness/app-process";
import { placeOrder, signedInCustomers, stockedMedicine } from "./harness/world";

let t: TestDatabase;
let app: AppProcess | undefined;
let smtp: TestSmtpServer | undefined;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await app?.stop("SIGKILL");
  await smtp?.close();
  await t?.drop();
});

describe("SMTP down", () => {
  it("orders still commit; their mail goes out once the SMTP server is back", async () => {
    const smtpPort = await freePort(); // nothing listens there yet: the mail server is down
    const customers = await signedInCustomers(t.db, 2);
    const medicine = await stockedMedicine(t.db, 10);
    app = await startWebApp({
      DATABASE_URL: t.url,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      OUTBOX_POLL_MS: "200",
      OUTBOX_RETRY_BASE_MS: "500",
    });

    const placed = await Promise.all(customers.map((c) => placeOrder(app!.url, c, [{ medicineId: medicine.id, quantity: 1 }])));
    expect(placed.map((p) => p.status)).toEqual([200, 200]);
    expect(await t.db.order.count({ where: { customerId: { in: customers.map((c) => c.id) } } })).toBe(2);

    // The worker tried, failed, and keeps the mail for later (logged once per attempt).
    await app.waitForLog((l) => l.msg === "mail delivery failed");
    await waitFor(
      async () => ((await t.db.emailOutbox.count({ where: { status: "PENDING", attempts: { gte: 1 }, lastError: { not: null } } })) > 0 ? true : undefined),
      10_000,
      "a failed attempt recorded",
    );
    expect(await t.db.emailOutbox.count({ where: { status: "PENDING" } })).toBeGreaterThanOrEqual(2);
    expect(await t.db.emailOutbox.count({ where: { status: "SENT" } })).toBe(0);

    smtp = await startTestSmtpServer({ port: smtpPort });
    const users = await t.db.user.findMany({ where: { id: { in: customers.map((c) => c.id) } } });
    for (const user of users) {
      const mail = await smtp.waitForMail((m) => m.to.includes(user.email.toLowerCase()), 30_000);
      expect(mail.subject).toMatch(/^Your Healio order /);
    }
    await waitFor(async () => ((await t.db.emailOutbox.count({ where: { status: { not: "SENT" } } })) === 0 ? true : undefined), 30_000, "outbox drained");
    expect((await checkInvariants(t.url)).filter((i) => i.violations > 0)).toEqual([]);
  });
});
