import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createMailer } from "@healio/mail";
import { startTestSmtpServer, type TestSmtpServer } from "@healio/mail/testing";
import { deliverPendingMail } from "../outbox/deliver-pending-mail";
import { createCustomer, createShop, errorDetails, placeInput, stockStory } from "../testing/commerce";
import { expectTRPCError } from "../testing/expect";
import { tempStorage, uploadTestPrescription } from "../testing/prescriptions";
import type { UploadStorage } from "./upload-storage";

let t: TestDatabase;
let smtp: TestSmtpServer;
let storage: UploadStorage;
let removeDir: () => Promise<void>;
beforeAll(async () => {
  t = await createTestDatabase();
  smtp = await startTestSmtpServer();
  ({ storage, remove: removeDir } = await tempStorage());
});
afterAll(async () => {
  await smtp?.close();
  await removeDir?.();
  await t?.drop();
});

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const approval = (orderId: string, refillsAllowed = 1) => ({
  orderId,
  decision: "approve" as const,
  prescriberName: "Dr. Grace Hopper",
  issuedOn: day(-2),
  expiresOn: day(60),
  refillsAllowed,
});

async function rxSetup(opts: { stock?: number } = {}) {
  const shop = await createShop(t.db, { storeName: "Rx Pharmacy" });
  const cipro = await shop.medicine({ name: "Ciprofloxacin", genericName: "Ciprofloxacin", strength: "500 mg", requiresPrescription: true, stock: opts.stock ?? 10 });
  const customer = await createCustomer(t.db);
  return { shop, cipro, customer };
}

describe("checkout of prescription-only medicine", () => {
  it("refuses an Rx cart without a prescription and leaves everything as before", async () => {
    const { cipro, customer } = await rxSetup();
    const before = await stockStory(t.db, cipro.id);
    const error = await expectTRPCError(customer.caller.order.place(placeInput({ lines: [{ medicineId: cipro.id, quantity: 1 }] })), "BAD_REQUEST");
    expect(errorDetails(error)).toMatchObject({ reason: "prescription_required", medicines: [{ id: cipro.id, name: "Ciprofloxacin" }] });
    expect(await stockStory(t.db, cipro.id)).toEqual(before);
    expect(await t.db.order.count({ where: { customerId: customer.actor.userId } })).toBe(0);
  });

  it("refuses an unverified customer any order (FORBIDDEN, nothing written)", async () => {
    const shop = await createShop(t.db);
    const otc = await shop.medicine({ stock: 5 });
    const customer = await createCustomer(t.db);
    await t.db.user.update({ where: { id: customer.actor.userId }, data: { emailVerified: false } });
    const error = await expectTRPCError(customer.caller.order.place(placeInput({ lines: [{ medicineId: otc.id, quantity: 1 }] })), "FORBIDDEN");
    expect(errorDetails(error)).toMatchObject({ reason: "email_unverified" });
    expect(await stockStory(t.db, otc.id)).toMatchObject({ stock: 5 });
    await t.db.user.update({ where: { id: customer.actor.userId }, data: { emailVerified: true } });
    await customer.caller.order.place(placeInput({ lines: [{ medicineId: otc.id, quantity: 1 }] }));
    expect(await stockStory(t.db, otc.id)).toEqual({ stock: 4, ledger: 4, ordered: 1, batches: 4 });
  });

  it("upload -> AWAITING_PRESCRIPTION with stock reserved -> the pharmacist approves -> PLACED, audited, mailed", async () => {
    const { shop, cipro, customer } = await rxSetup();
    const rx = await uploadTestPrescription(t.db, customer.actor, storage);
    const otc = await shop.medicine({ name: "Plain Paracetamol", stock: 10 });

    const result = await customer.caller.order.place(
      placeInput({ lines: [{ medicineId: cipro.id, quantity: 2 }, { medicineId: otc.id, quantity: 1 }], prescriptionId: rx.id }),
    );
    const order = result.orders[0]!;
    expect(order.status).toBe("AWAITING_PRESCRIPTION");
    expect(await stockStory(t.db, cipro.id)).toEqual({ stock: 8, ledger: 8, ordered: 2, batches: 8 });
    const stored = await t.db.prescription.findUniqueOrThrow({ where: { id: rx.id }, include: { medicines: true } });
    expect(stored).toMatchObject({ status: "PENDING", usesCount: 1 });
    expect(stored.medicines).toEqual([expect.objectContaining({ genericKey: "ciprofloxacin", strengthKey: "500mg" })]);

    // The seller's queue flags it, the order view carries the prescription, the customer cannot hurry it along.
    const queue = await shop.caller.order.sellerQueue({});
    expect(queue.items[0]).toMatchObject({ id: order.id, status: "AWAITING_PRESCRIPTION", hasPrescriptionItems: true, prescription: { id: rx.id } });
    expect(queue.items[0]!.allowedNextStatuses).toEqual([]);
    await expectTRPCError(shop.caller.order.updateStatus({ id: order.id, status: "PROCESSING" }), "CONFLICT");

    const approved = await shop.caller.prescription.review(approval(order.id, 1));
    expect(approved.status).toBe("PLACED");
    expect(approved.prescription).toMatchObject({ status: "APPROVED", prescriberName: "Dr. Grace Hopper", refillsAllowed: 1, usesLeft: 1, reusable: true });
    expect(approved.timeline.map((e) => e.to)).toEqual(["AWAITING_PRESCRIPTION", "PLACED"]);
    expect(await stockStory(t.db, cipro.id)).toEqual({ stock: 8, ledger: 8, ordered: 2, batches: 8 });
    expect(await t.db.auditLog.count({ where: { action: "prescription.approved", entityId: rx.id, actorId: shop.user.id } })).toBe(1);
    // Reviewed once: a second review is refused.
    await expectTRPCError(shop.caller.prescription.review(approval(order.id)), "CONFLICT");

    await deliverPendingMail(t.db, createMailer({ smtpUrl: smtp.url, from: "Healio <rx@healio.test>" }), { batchSize: 100 });
    const mail = await smtp.waitForMail((m) => m.to.includes(customer.user.email.toLowerCase()) && /approved/.test(m.subject));
    expect(mail.text).toContain(order.orderNumber);
  });

  it("reject -> CANCELLED, stock restored exactly once, customer mailed with the reason", async () => {
    const { shop, cipro, customer } = await rxSetup();
    const rx = await uploadTestPrescription(t.db, customer.actor, storage);
    const result = await customer.caller.order.place(placeInput({ lines: [{ medicineId: cipro.id, quantity: 3 }], prescriptionId: rx.id }));
    const orderId = result.orders[0]!.id;
    expect(await stockStory(t.db, cipro.id)).toEqual({ stock: 7, ledger: 7, ordered: 3, batches: 7 });

    const rejected = await shop.caller.prescription.review({ orderId, decision: "reject", reason: "The prescription is illegible." });
    expect(rejected.status).toBe("CANCELLED");
    expect(rejected.prescription).toMatchObject({ status: "REJECTED", rejectionReason: "The prescription is illegible.", usesCount: 0 });
    expect(await stockStory(t.db, cipro.id)).toEqual({ stock: 10, ledger: 10, ordered: 0, batches: 10 });

    // Neither a second review nor the customer's cancel can restore the stock again.
    await expectTRPCError(shop.caller.prescription.review({ orderId, decision: "reject", reason: "Again, really." }), "CONFLICT");
    await expectTRPCError(customer.caller.order.cancel({ id: orderId }), "CONFLICT");
    expect(await stockStory(t.db, cipro.id)).toEqual({ stock: 10, ledger: 10, ordered: 0, batches: 10 });
    expect(await t.db.stockMovement.count({ where: { orderId, reason: "ORDER_CANCELLED" } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "prescription.rejected", entityId: rx.id } })).toBe(1);

    // A rejected prescription cannot be used again.
    const again = await expectTRPCError(
      customer.caller.order.place(placeInput({ lines: [{ medicineId: cipro.id, quantity: 1 }], prescriptionId: rx.id })),
      "CONFLICT",
    );
    expect(errorDetails(again)).toMatchObject({ reason: "prescription_rejected" });

    await deliverPendingMail(t.db, createMailer({ smtpUrl: smtp.url, from: "Healio <rx@healio.test>" }), { batchSize: 100 });
    const mail = await smtp.waitForMail((m) => m.to.includes(customer.user.email.toLowerCase()) && /cancelled/.test(m.subject));
    expect(mail.text).toContain("The prescription is illegible.");
  });

  it("only the order's seller or an admin reviews; others get NOT_FOUND", async () => {
    const { cipro, customer } = await rxSetup();
    const otherShop = await createShop(t.db);
    const rx = await uploadTestPrescription(t.db, customer.actor, storage);
    const result = await customer.caller.order.place(placeInput({ lines: [{ medicineId: cipro.id, quantity: 1 }], prescriptionId: rx.id }));
    await expectTRPCError(otherShop.caller.prescription.review(approval(result.orders[0]!.id)), "NOT_FOUND");
    // Another customer cannot use this customer's prescription.
    const stranger = await createCustomer(t.db);
    await expectTRPCError(
      stranger.caller.order.place(placeInput({ lines: [{ medicineId: cipro.id, quantity: 1 }], prescriptionId: rx.id })),
      "NOT_FOUND",
    );
  });

  it("an approved prescription is reused for the same generic + strength until its refills run out", async () => {
    const { shop, cipro, customer } = await rxSetup({ stock: 20 });
    // Another brand of the same generic and strength (spelled differently), and another strength.
    const generic = await shop.medicine({ name: "Cipro Generic", genericName: "ciprofloxacin ", strength: "500MG", requiresPrescription: true, stock: 20 });
    const stronger = await shop.medicine({ name: "Cipro 750", genericName: "Ciprofloxacin", strength: "750 mg", requiresPrescription: true, stock: 20 });
    const rx = await uploadTestPrescription(t.db, customer.actor, storage);
    const first = await customer.caller.order.place(placeInput({ lines: [{ medicineId: cipro.id, quantity: 1 }], prescriptionId: rx.id }));
    await shop.caller.prescription.review(approval(first.orders[0]!.id, 1)); // 1 + 1 refill = 2 uses

    expect((await customer.caller.prescription.mine({ reusableOnly: true })).map((p) => p.id)).toEqual([rx.id]);
    const second = await customer.caller.order.place(placeInput({ lines: [{ medicineId: generic.id, quantity: 1 }], prescriptionId: rx.id }));
    expect(second.orders[0]!.status).toBe("PLACED");
    expect((await t.db.prescription.findUniqueOrThrow({ where: { id: rx.id } })).usesCount).toBe(2);

    const usedUp = await expectTRPCError(
      customer.caller.order.place(placeInput({ lines: [{ medicineId: cipro.id, quantity: 1 }], prescriptionId: rx.id })),
      "CONFLICT",
    );
    expect(errorDetails(usedUp)).toMatchObject({ reason: "prescription_used_up", usesLeft: 0 });
    expect(await customer.caller.prescription.mine({ reusableOnly: true })).toEqual([]);

    // A cancelled order gives its use back; another strength is not covered.
    await customer.caller.order.cancel({ id: second.orders[0]!.id });
    expect((await t.db.prescription.findUniqueOrThrow({ where: { id: rx.id } })).usesCount).toBe(1);
    const notCovered = await expectTRPCError(
      customer.caller.order.place(placeInput({ lines: [{ medicineId: stronger.id, quantity: 1 }], prescriptionId: rx.id })),
      "CONFLICT",
    );
    expect(errorDetails(notCovered)).toMatchObject({ reason: "prescription_not_covering" });
    const third = await customer.caller.order.place(placeInput({ lines: [{ medicineId: cipro.id, quantity: 1 }], prescriptionId: rx.id }));
    expect(third.orders[0]!.status).toBe("PLACED");
  });

  it("an expired prescription is refused", async () => {
    const { shop, cipro, customer } = await rxSetup();
    const rx = await uploadTestPrescription(t.db, customer.actor, storage);
    const first = await customer.caller.order.place(placeInput({ lines: [{ medicineId: cipro.id, quantity: 1 }], prescriptionId: rx.id }));
    await shop.caller.prescription.review(approval(first.orders[0]!.id, 5));
    await t.db.prescription.update({ where: { id: rx.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const error = await expectTRPCError(
      customer.caller.order.place(placeInput({ lines: [{ medicineId: cipro.id, quantity: 1 }], prescriptionId: rx.id })),
      "CONFLICT",
    );
    expect(errorDetails(error)).toMatchObject({ reason: "prescription_expired" });
  });

  it("a pending prescription that already accompanies an order cannot be used for another", async () => {
    const { cipro, customer } = await rxSetup();
    const rx = await uploadTestPrescription(t.db, customer.actor, storage);
    await customer.caller.order.place(placeInput({ lines: [{ medicineId: cipro.id, quantity: 1 }], prescriptionId: rx.id }));
    const error = await expectTRPCError(
      customer.caller.order.place(placeInput({ lines: [{ medicineId: cipro.id, quantity: 1 }], prescriptionId: rx.id })),
      "CONFLICT",
    );
    expect(errorDetails(error)).toMatchObject({ reason: "prescription_pending" });
  });

  it("the seller queue lists orders awaiting review first, across pages", async () => {
    const { shop, cipro, customer } = await rxSetup({ stock: 50 });
    const otc = await shop.medicine({ stock: 50 });
    const rx = await uploadTestPrescription(t.db, customer.actor, storage);
    const awaiting = await customer.caller.order.place(placeInput({ lines: [{ medicineId: cipro.id, quantity: 1 }], prescriptionId: rx.id }));
    const plain = [];
    for (let i = 0; i < 3; i += 1) plain.push(await customer.caller.order.place(placeInput({ lines: [{ medicineId: otc.id, quantity: 1 }] })));
    const page1 = await shop.caller.order.sellerQueue({ limit: 2 });
    expect(page1.items.map((o) => o.id)).toEqual([awaiting.orders[0]!.id, plain[2]!.orders[0]!.id]);
    const page2 = await shop.caller.order.sellerQueue({ limit: 2, cursor: page1.nextCursor! });
    expect(page2.items.map((o) => o.id)).toEqual([plain[1]!.orders[0]!.id, plain[0]!.orders[0]!.id]);
    expect(page2.nextCursor).toBeNull();
  });
});
