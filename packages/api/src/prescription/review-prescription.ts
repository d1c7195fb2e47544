import type { Db, OrderStatus, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { runTransaction } from "../checkout/run-transaction";
import { enqueueMail } from "../outbox/enqueue-mail";
import { renderPrescriptionReviewed } from "../outbox/templates";
import { getOrder, type OrderDetail } from "../order/get-order";
import { formatOrderNumber } from "../order/order-number";
import { perspectiveOf } from "../order/order-view";
import { restoreStock } from "../order/restore-stock";
import { PRESCRIPTION_REVIEW_NEXT } from "../order/status-machine";
import type { ReviewPrescriptionInput } from "./prescription.schema";
import { returnPrescriptionUse } from "./return-prescription-use";

type LockedOrder = { id: string; number: number; status: OrderStatus; customerId: string; sellerId: string; prescriptionId: string | null };

const startOfDay = (d: string) => new Date(`${d}T00:00:00.000Z`);
const endOfDay = (d: string) => new Date(`${d}T23:59:59.999Z`);

/**
 * The seller's pharmacist (or an admin) checks the prescription of an order in
 * AWAITING_PRESCRIPTION, in one transaction with the order row locked:
 * - approve: the prescription records prescriber, issue date, expiry and refills (first review
 *   wins when one upload accompanies orders of two sellers) -> order PLACED;
 * - reject: the prescription is REJECTED with the reason -> order CANCELLED, stock restored
 *   (exactly once: the locked transition out of AWAITING_PRESCRIPTION happens once), use returned.
 * Both write a status event, an audit row and a mail to the customer (outbox).
 */
export async function reviewPrescription(db: Db, actor: Actor, input: ReviewPrescriptionInput): Promise<OrderDetail> {
  const now = new Date();
  if (input.decision === "approve") {
    const issued = startOfDay(input.issuedOn);
    const expires = endOfDay(input.expiresOn);
    if (issued > now) throw new AppError("BAD_REQUEST", "The issue date cannot be in the future.", { field: "issuedOn" });
    if (expires <= issued) throw new AppError("BAD_REQUEST", "The expiry must be after the issue date.", { field: "expiresOn" });
    if (expires <= now) throw new AppError("BAD_REQUEST", "This prescription has already expired; reject it instead.", { field: "expiresOn" });
  }
  return runTransaction(db, async (tx) => {
    const rows = await tx.$queryRaw<LockedOrder[]>`
      SELECT id, number, status::text AS status, "customerId", "sellerId", "prescriptionId"
      FROM "Order" WHERE id = ${input.orderId} FOR UPDATE`;
    const order = rows[0];
    const perspective = order ? perspectiveOf(actor, order) : null;
    if (!order || (perspective !== "seller" && perspective !== "admin")) throw new AppError("NOT_FOUND", "Order not found.");
    if (order.status !== "AWAITING_PRESCRIPTION" || !order.prescriptionId) {
      throw new AppError("CONFLICT", `Order ${formatOrderNumber(order.number)} is not waiting for a prescription check.`, {
        reason: "not_awaiting_prescription",
        status: order.status,
      });
    }
    const prescriptionRows = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text AS status FROM "Prescription" WHERE id = ${order.prescriptionId} FOR UPDATE`;
    const before = prescriptionRows[0]?.status ?? null;
    const to = PRESCRIPTION_REVIEW_NEXT[input.decision];

    if (input.decision === "approve") {
      if (before === "REJECTED") {
        throw new AppError("CONFLICT", "Another pharmacist rejected this prescription; reject this order too.", {
          reason: "prescription_rejected",
        });
      }
      if (before === "PENDING") {
        await tx.prescription.update({
          where: { id: order.prescriptionId },
          data: {
            status: "APPROVED",
            prescriberName: input.prescriberName,
            issuedAt: startOfDay(input.issuedOn),
            expiresAt: endOfDay(input.expiresOn),
            refillsAllowed: input.refillsAllowed,
            reviewedById: actor.userId,
            reviewedAt: now,
          },
        });
      }
    } else {
      if (before === "PENDING") {
        await tx.prescription.update({
          where: { id: order.prescriptionId },
          data: { status: "REJECTED", rejectionReason: input.reason, reviewedById: actor.userId, reviewedAt: now },
        });
      }
      await restoreStock(tx, order.id, actor.userId);
      await returnPrescriptionUse(tx, order.prescriptionId);
    }

    const note = input.decision === "approve" ? "Prescription checked and approved by the pharmacist." : `Prescription not accepted: ${input.reason}`;
    await tx.order.update({ where: { id: order.id }, data: { status: to } });
    await tx.orderStatusEvent.create({ data: { orderId: order.id, fromStatus: order.status, toStatus: to, actorId: actor.userId, note } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: input.decision === "approve" ? "prescription.approved" : "prescription.rejected",
      entityType: "Prescription",
      entityId: order.prescriptionId,
      before: { status: before, orderStatus: order.status },
      after: {
        orderId: order.id,
        orderStatus: to,
        by: perspective,
        ...(input.decision === "approve"
          ? { prescriberName: input.prescriberName, issuedOn: input.issuedOn, expiresOn: input.expiresOn, refillsAllowed: input.refillsAllowed, firstReview: before === "PENDING" }
          : { reason: input.reason }),
      },
    });
    await mailCustomer(tx, order, input);
    return getOrder(tx, actor, { id: order.id });
  });
}

async function mailCustomer(tx: Tx, order: LockedOrder, input: ReviewPrescriptionInput): Promise<void> {
  const people = await tx.user.findMany({
    where: { id: { in: [order.customerId, order.sellerId] } },
    select: { id: true, name: true, email: true, sellerProfile: { select: { storeName: true } } },
  });
  const customer = people.find((p) => p.id === order.customerId);
  const seller = people.find((p) => p.id === order.sellerId);
  if (!customer) return;
  await enqueueMail(tx, {
    to: customer.email,
    ...renderPrescriptionReviewed({
      name: customer.name,
      orderNumber: formatOrderNumber(order.number),
      storeName: seller?.sellerProfile?.storeName ?? seller?.name ?? "",
      approved: input.decision === "approve",
      reason: input.decision === "reject" ? input.reason : null,
    }),
  });
}
