import { describe, expect, it } from "vitest";
import { createMailer } from "@healio/mail";
import { deliverPendingMail } from "../outbox/deliver-pending-mail";
import { createCaller } from "../root";
import { createCustomer, createShop, placeInput, stockStory } from "../testing/commerce";
import { expectTRPCError } from "../testing/expect";
import { actorOf, createBatch, createUser } from "../testing/factories";
import { useTestDatabase, useSmtpServer } from "../testing/setup";

const t = useTestDatabase();
const smtp = useSmtpServer();

const DAY = 86_400_000;

/** A shop whose medicine has two lots: SOON (3 units, sold first) and LATER (10 units). */
async function twoLots() {
  const shop = await createShop(t.db, { storeName: "Recall Pharmacy" });
  const m = await shop.medicine({ stock: 0, name: "Recallium", strength: "250 mg" });
  const soon = await createBatch(t.db, { medicineId: m.id, quantity: 3, lotNumber: "SOON-1", expiresAt: new Date(Date.now() + 20 * DAY) });
  const later = await createBatch(t.db, { medicineId: m.id, quantity: 10, lotNumber: "LATER-2", expiresAt: new Date(Date.now() + 200 * DAY) });
  return { shop, m, soon, later };
}

describe("recalls", () => {
  it("blocks the lot at once, finds exactly the customers whose lines used it, mails them over SMTP, flags open orders", async () => {
    const { shop, m, soon, later } = await twoLots();
    const [ann, bob, cat, dan] = await Promise.all([1, 2, 3, 4].map(() => createCustomer(t.db)));
    // ann: 2 from SOON (then shipped); cat: 1 from SOON, cancelled (returned); bob: the last SOON
    // unit + 1 LATER (open); dan: LATER only.
    const annOrder = (await ann!.caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 2 }] }))).orders[0]!;
    const catOrder = (await cat!.caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 1 }] }))).orders[0]!;
    await cat!.caller.order.cancel({ id: catOrder.id });
    const bobOrder = (await bob!.caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 2 }] }))).orders[0]!;
    const danOrder = (await dan!.caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 1 }] }))).orders[0]!;
    await shop.caller.order.updateStatus({ id: annOrder.id, status: "PROCESSING" });
    await shop.caller.order.updateStatus({ id: annOrder.id, status: "SHIPPED" });
    expect(await t.db.batch.findUniqueOrThrow({ where: { id: soon.id } })).toMatchObject({ quantity: 0 });
    // Units of SOON that came back later (a damaged-pack correction) are on hand when it is recalled.
    await shop.caller.inventory.correct({ medicineId: m.id, batchId: soon.id, delta: 1, note: "found one more" });

    const { id } = await shop.caller.recall.create({ batchId: soon.id, reason: "Particles found in vials of this lot" });
    expect(await t.db.batch.findUniqueOrThrow({ where: { id: soon.id } })).toMatchObject({ state: "RECALLED", quantity: 1 });
    // Blocked at once: the storefront sells only LATER now (8 left of it), never the recalled unit.
    const shopper = createCaller({ db: t.db, actor: dan!.actor });
    expect((await shopper.medicine.bySlug({ slug: m.slug })).stock).toBe(8);
    expect(await stockStory(t.db, m.id)).toMatchObject({ stock: 9, ledger: 9, batches: 9 });

    const recall = await shop.caller.recall.get({ id });
    expect(recall).toMatchObject({ status: "OPEN", unitsBlocked: 1, customersNotified: 2, lot: { lotNumber: "SOON-1", state: "RECALLED" } });
    expect(recall.orders.map((o) => [o.orderNumber, o.units, o.open])).toEqual([
      [annOrder.orderNumber, 2, false],
      [bobOrder.orderNumber, 1, true],
    ]);
    expect(recall.customers.map((c) => c.name).sort()).toEqual([ann!.user.name, bob!.user.name].sort());
    expect(recall.orders.every((o) => !("email" in o.customer))).toBe(true); // sellers see names, not e-mails

    // The queue flags the open order holding the lot; dan's order (LATER only) is not flagged.
    const bobView = await shop.caller.order.get({ id: bobOrder.id });
    expect(bobView.recalledLots).toEqual([{ lotNumber: "SOON-1", recallId: id, medicine: "Recallium 250 mg" }]);
    expect(bobView.items[0]!.lots.map((l) => [l.lotNumber, l.quantity])).toEqual([["SOON-1", 1], ["LATER-2", 1]]);
    expect((await shop.caller.order.get({ id: danOrder.id })).recalledLots).toEqual([]);

    // Through the outbox to a real SMTP server: ann and bob are mailed, cat and dan are not.
    await deliverPendingMail(t.db, createMailer({ smtpUrl: smtp.url, from: "Healio <orders@healio.test>" }), { batchSize: 100 });
    const annMail = await smtp.waitForMail((x) => x.to.includes(ann!.user.email.toLowerCase()) && x.subject.startsWith("Recall:"));
    expect(annMail.subject).toBe("Recall: Recallium 250 mg, lot SOON-1");
    expect(annMail.text).toContain(annOrder.orderNumber);
    expect(annMail.text).toContain("Particles found in vials of this lot");
    expect(annMail.text).toContain("do not use them");
    const bobMail = await smtp.waitForMail((x) => x.to.includes(bob!.user.email.toLowerCase()) && x.subject.startsWith("Recall:"));
    expect(bobMail.text).toContain("has not been sent yet");
    const recallMails = smtp.messages.filter((x) => x.subject === "Recall: Recallium 250 mg, lot SOON-1");
    expect(recallMails.flatMap((x) => x.to).sort()).toEqual([ann!.user.email.toLowerCase(), bob!.user.email.toLowerCase()].sort());
    const sellerMail = await smtp.waitForMail((x) => x.to.includes(shop.user.email.toLowerCase()) && x.subject.startsWith("Recall recorded"));
    expect(sellerMail.text).toContain(bobOrder.orderNumber);

    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "batch.recalled", entityId: soon.id } });
    expect(audit).toMatchObject({ actorId: shop.user.id, before: { state: "AVAILABLE" } });
    expect(audit.after).toMatchObject({ recallId: id, unitsBlocked: 1, customersNotified: 2, orders: [annOrder.orderNumber, bobOrder.orderNumber] });
    void later;
  });

  it("cannot be undone: a second recall, a restock of the lot and a second close are refused; closing keeps the lot RECALLED", async () => {
    const { shop, m, soon } = await twoLots();
    const { id } = await shop.caller.recall.create({ batchId: soon.id, reason: "Labelling error on this lot" });
    await expectTRPCError(shop.caller.recall.create({ batchId: soon.id, reason: "Labelling error on this lot" }), "CONFLICT");
    const lot = await t.db.batch.findUniqueOrThrow({ where: { id: soon.id } });
    await expectTRPCError(
      shop.caller.inventory.restock({ medicineId: m.id, quantity: 5, lotNumber: "SOON-1", expiresAt: lot.expiresAt }),
      "CONFLICT",
    );
    await expectTRPCError(shop.caller.recall.close({ id, note: "short" }), "BAD_REQUEST");
    const closed = await shop.caller.recall.close({ id, note: "All packs collected and returned" });
    expect(closed).toMatchObject({ status: "CLOSED", closeNote: "All packs collected and returned", lot: { state: "RECALLED" } });
    await expectTRPCError(shop.caller.recall.close({ id, note: "Closing it once more" }), "CONFLICT");
    expect(await t.db.batch.findUniqueOrThrow({ where: { id: soon.id } })).toMatchObject({ state: "RECALLED", quantity: 3 });
    expect(await t.db.auditLog.count({ where: { action: "recall.closed", entityId: id } })).toBe(1);
    // Written off through the ledger later (units returned to the wholesaler): the lot stays RECALLED.
    await shop.caller.inventory.writeOff({ medicineId: m.id, batchId: soon.id, quantity: 3, kind: "damage", note: "returned" });
    expect(await t.db.batch.findUniqueOrThrow({ where: { id: soon.id } })).toMatchObject({ state: "RECALLED", quantity: 0 });
  });

  it("a seller recalls only their own lots (others: NOT_FOUND); an admin recalls any and sees customer e-mails", async () => {
    const { shop, soon } = await twoLots();
    const other = await createShop(t.db);
    const customer = await createCustomer(t.db);
    await customer.caller.order.place(placeInput({ lines: [{ medicineId: soon.medicineId, quantity: 1 }] }));
    await expectTRPCError(other.caller.recall.create({ batchId: soon.id, reason: "Not my lot to recall at all" }), "NOT_FOUND");
    await expectTRPCError(other.caller.batch.list({ medicineId: soon.medicineId }), "NOT_FOUND");
    expect(await t.db.batch.findUniqueOrThrow({ where: { id: soon.id } })).toMatchObject({ state: "AVAILABLE" });

    const admin = createCaller({ db: t.db, actor: actorOf(await createUser(t.db, { role: "ADMIN" })) });
    const { id } = await admin.recall.create({ batchId: soon.id, reason: "Regulator notice for this lot" });
    await expectTRPCError(other.caller.recall.get({ id }), "NOT_FOUND");
    const seen = await admin.recall.get({ id });
    expect(seen.customers).toEqual([{ name: customer.user.name, email: customer.user.email, orders: 1 }]);
    expect((await shop.caller.recall.list({})).items.map((r) => r.id)).toContain(id);
    expect((await other.caller.recall.list({})).items.map((r) => r.id)).not.toContain(id);
    const lots = await shop.caller.batch.list({ medicineId: soon.medicineId });
    expect(lots.map((b) => [b.lotNumber, b.state, b.sellable, b.recall?.id ?? null])).toEqual([
      ["SOON-1", "RECALLED", false, id],
      ["LATER-2", "AVAILABLE", true, null],
    ]);
  });

  it("lists lots expiring within 30/60/90 days, soonest first, own only (admins all)", async () => {
    const { shop, m } = await twoLots(); // SOON-1 in 20 days (3 units), LATER-2 in 200 days
    await createBatch(t.db, { medicineId: m.id, quantity: 4, lotNumber: "MID-3", expiresAt: new Date(Date.now() + 45 * DAY) });
    await createBatch(t.db, { medicineId: m.id, quantity: 2, lotNumber: "GONE-4", expiresAt: new Date(Date.now() - DAY) });
    const lots = async (days: 30 | 60 | 90) => (await shop.caller.batch.expiring({ withinDays: days })).items.map((b) => b.lotNumber);
    expect(await lots(30)).toEqual(["SOON-1"]);
    expect(await lots(60)).toEqual(["SOON-1", "MID-3"]);
    const first = await shop.caller.batch.expiring({ withinDays: 90, limit: 1 });
    expect(first.items.map((b) => b.lotNumber)).toEqual(["SOON-1"]);
    const second = await shop.caller.batch.expiring({ withinDays: 90, limit: 1, cursor: first.nextCursor! });
    expect(second).toMatchObject({ items: [{ lotNumber: "MID-3", quantity: 4, medicine: { id: m.id } }], nextCursor: null });
    const other = await createShop(t.db);
    expect((await other.caller.batch.expiring({ withinDays: 90 })).items).toEqual([]);
    await expectTRPCError(shop.caller.batch.expiring({ withinDays: 45 as 30 }), "BAD_REQUEST");
  });
});
