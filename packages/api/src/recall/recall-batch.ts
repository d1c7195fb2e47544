import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { enqueueMails } from "../outbox/enqueue-mail";
import { findAffectedOrders } from "./affected-orders";
import { customerRecallMails, sellerRecallMail } from "./recall-mail";
import type { RecallCreateParams } from "./recall.schema";

export const BATCH_NOT_FOUND = "Lot not found.";

type LotRow = {
  id: string;
  lotNumber: string;
  quantity: number;
  state: string;
  medicineId: string;
  sellerId: string;
  medicine: string;
  storeName: string;
  sellerEmail: string;
};

/**
 * Recalls a lot, in ONE transaction: the medicine row, then the lot, are locked (the order every
 * stock writer follows, so no checkout can take a unit after this commits); the lot becomes
 * RECALLED (its units stay on hand, blocked: sellable.ts sells AVAILABLE lots only); every
 * customer whose non-cancelled order took units from it is found through OrderItemBatch and
 * mailed through the outbox, and the seller gets a record naming the open orders to hold; the
 * Recall row and an audit row are written. A seller may recall lots of their own medicines, an
 * admin any (others: NOT_FOUND). There is no undo: a lot recalled once stays RECALLED.
 */
export async function recallBatch(db: Db, actor: Actor, input: RecallCreateParams): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const sellerScope = actor.role === "ADMIN" ? null : actor.userId;
    const [medicine] = await tx.$queryRaw<{ id: string }[]>`
      SELECT m.id FROM "Medicine" m JOIN "Batch" b ON b."medicineId" = m.id
      WHERE b.id = ${input.batchId} AND (${sellerScope}::text IS NULL OR m."sellerId" = ${sellerScope}::text)
      FOR UPDATE OF m`;
    if (!medicine) throw new AppError("NOT_FOUND", BATCH_NOT_FOUND);
    const [lot] = await tx.$queryRaw<LotRow[]>`
      SELECT b.id, b."lotNumber", b.quantity, b.state::text AS state, m.id AS "medicineId", m."sellerId",
             m.name || ' ' || m.strength AS medicine, COALESCE(sp."storeName", u.name) AS "storeName", u.email AS "sellerEmail"
      FROM "Batch" b JOIN "Medicine" m ON m.id = b."medicineId"
      JOIN "user" u ON u.id = m."sellerId" LEFT JOIN "SellerProfile" sp ON sp."userId" = m."sellerId"
      WHERE b.id = ${input.batchId}
      FOR UPDATE OF b`;
    if (!lot) throw new AppError("NOT_FOUND", BATCH_NOT_FOUND);
    if (lot.state === "RECALLED") {
      throw new AppError("CONFLICT", `Lot ${lot.lotNumber} is already recalled.`, { reason: "already_recalled" });
    }
    await tx.batch.update({ where: { id: lot.id }, data: { state: "RECALLED" } });

    const orders = await findAffectedOrders(tx, lot.id);
    const facts = { medicine: lot.medicine, lotNumber: lot.lotNumber, storeName: lot.storeName, reason: input.reason };
    const customerMails = customerRecallMails(facts, orders);
    const openOrders = orders.filter((o) => o.open).map((o) => o.orderNumber);
    await enqueueMails(tx, [
      ...customerMails,
      sellerRecallMail(lot.sellerEmail, { ...facts, unitsBlocked: lot.quantity, customers: customerMails.length, openOrders }),
    ]);
    const recall = await tx.recall.create({
      data: {
        batchId: lot.id,
        medicineId: lot.medicineId,
        sellerId: lot.sellerId,
        reason: input.reason,
        unitsBlocked: lot.quantity,
        customersNotified: customerMails.length,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "batch.recalled",
      entityType: "Batch",
      entityId: lot.id,
      before: { state: lot.state },
      after: {
        state: "RECALLED",
        recallId: recall.id,
        medicineId: lot.medicineId,
        lotNumber: lot.lotNumber,
        reason: input.reason,
        unitsBlocked: lot.quantity,
        customersNotified: customerMails.length,
        orders: orders.map((o) => o.orderNumber),
        openOrders,
      },
    });
    return recall;
  });
}
