import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { createMailer } from "@healio/mail";
import { startTestSmtpServer } from "@healio/mail/testing";
import { createCustomer, createShop, placeInput } from "../testing/commerce";
import { backoffMs, deliverPendingMail } from "./deliver-pending-mail";
import { enqueueMail } from "./enqueue-mail";
import { startOutboxWorker } from "./outbox-worker";
import { useTestDatabase, useSmtpServer } from "../testing/setup";

const t = useTestDatabase();
const smtp = useSmtpServer();

const FROM = "Healio <orders@healio.test>";

/** A loopback port with nothing listening on it (SMTP "down"). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function pendingFor(to: string) {
  return t.db.emailOutbox.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
}

describe("outbox delivery", () => {
  it("delivers an order's confirmation and seller notice to a real SMTP server and marks them SENT", async () => {
    const shop = await createShop(t.db, { storeName: "Mail Pharmacy" });
    const m = await shop.medicine({ name: "Mailophen" });
    const customer = await createCustomer(t.db);
    const result = await customer.caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 2 }] }));
    const number = result.orders[0]!.orderNumber;

    const mailer = createMailer({ smtpUrl: smtp.url, from: FROM });
    const outcome = await deliverPendingMail(t.db, mailer, { batchSize: 50 });
    expect(outcome).toMatchObject({ sent: outcome.claimed, retrying: 0, failed: 0 });

    const confirmation = await smtp.waitForMail((mail) => mail.to.includes(customer.user.email.toLowerCase()));
    expect(confirmation.subject).toBe(`Your Healio order ${number}`);
    expect(confirmation.text).toContain("2 x Mailophen");
    expect(confirmation.html).toContain("Mailophen");
    const notice = await smtp.waitForMail((mail) => mail.to.includes(shop.user.email.toLowerCase()));
    expect(notice.subject).toBe(`New order ${number}`);
    expect(notice.text).toContain("Ada Lovelace");

    for (const row of [...(await pendingFor(customer.user.email)), ...(await pendingFor(shop.user.email))]) {
      expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null, sentAt: expect.any(Date) });
    }
    // Nothing is sent twice.
    expect((await deliverPendingMail(t.db, mailer)).claimed).toBe(0);
  });

  it("with SMTP down the order still commits; the mail goes out once a server is back", async () => {
    const shop = await createShop(t.db);
    const m = await shop.medicine({ stock: 5 });
    const customer = await createCustomer(t.db);
    const down = createMailer({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, from: FROM });

    const result = await customer.caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 1 }] }));
    expect(await t.db.order.count({ where: { checkoutId: result.checkoutId } })).toBe(1);
    expect((await t.db.medicine.findUniqueOrThrow({ where: { id: m.id } })).stock).toBe(4);

    const now = new Date();
    const failed = await deliverPendingMail(t.db, down, { now, baseDelayMs: 60_000 });
    expect(failed).toMatchObject({ sent: 0, retrying: failed.claimed });
    const [row] = await pendingFor(customer.user.email);
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });
    expect(row!.nextAttemptAt.getTime()).toBe(now.getTime() + 60_000);

    // Not due yet: a second round right away does not touch it.
    expect((await deliverPendingMail(t.db, down, { now })).claimed).toBe(0);

    // A server comes back; once the backoff has passed the mail is delivered.
    const back = await startTestSmtpServer();
    try {
      const up = createMailer({ smtpUrl: back.url, from: FROM });
      const later = new Date(now.getTime() + 61_000);
      await deliverPendingMail(t.db, up, { now: later });
      const mail = await back.waitForMail((x) => x.to.includes(customer.user.email.toLowerCase()));
      expect(mail.subject).toBe(`Your Healio order ${result.orders[0]!.orderNumber}`);
      expect(await pendingFor(customer.user.email)).toMatchObject([{ status: "SENT", attempts: 2 }]);
    } finally {
      await back.close();
    }
  });

  it("backs off exponentially and gives up (FAILED) after maxAttempts", async () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1000, 5000))).toEqual([1000, 2000, 4000, 5000]);
    const to = `bounce-${Date.now()}@example.test`;
    await enqueueMail(t.db, { to, subject: "Doomed", text: "never arrives" });
    const down = createMailer({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, from: FROM });
    let now = new Date(Date.now() + 1000);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await deliverPendingMail(t.db, down, { now, maxAttempts: 3, baseDelayMs: 1000 });
      const [row] = await pendingFor(to);
      expect(row!.attempts).toBe(attempt);
      expect(row!.status).toBe(attempt < 3 ? "PENDING" : "FAILED");
      now = new Date(now.getTime() + 10_000);
    }
    expect((await deliverPendingMail(t.db, down, { now })).claimed).toBe(0);
  });

  it("concurrent workers never send the same row twice (FOR UPDATE SKIP LOCKED)", async () => {
    const tag = `race-${Date.now()}`;
    for (let i = 0; i < 30; i += 1) await enqueueMail(t.db, { to: `${tag}-${i}@example.test`, subject: tag, text: "x" });
    const mailer = createMailer({ smtpUrl: smtp.url, from: FROM });
    const rounds = await Promise.all(Array.from({ length: 4 }, () => deliverPendingMail(t.db, mailer, { batchSize: 10 })));
    const rest = await deliverPendingMail(t.db, mailer, { batchSize: 50 });
    expect(rounds.reduce((n, r) => n + r.sent, 0) + rest.sent).toBeGreaterThanOrEqual(30);
    expect(await t.db.emailOutbox.count({ where: { subject: tag, status: "SENT" } })).toBe(30);
    const received = smtp.messages.filter((mail) => mail.subject === tag);
    expect(received).toHaveLength(30);
    expect(new Set(received.map((mail) => mail.to[0])).size).toBe(30);
  });

  it("startOutboxWorker delivers in the background and stops cleanly", async () => {
    const to = `worker-${Date.now()}@example.test`;
    await enqueueMail(t.db, { to, subject: "From the worker", text: "hello" });
    const stop = startOutboxWorker(t.db, createMailer({ smtpUrl: smtp.url, from: FROM }), { intervalMs: 50 });
    try {
      await smtp.waitForMail((mail) => mail.to.includes(to));
    } finally {
      await stop();
    }
    expect(await pendingFor(to)).toMatchObject([{ status: "SENT" }]);
    // After stop() nothing runs any more.
    const after = `after-stop-${Date.now()}@example.test`;
    await enqueueMail(t.db, { to: after, subject: "Stays queued", text: "x" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await pendingFor(after)).toMatchObject([{ status: "PENDING", attempts: 0 }]);
  });
});
