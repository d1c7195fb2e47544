import type { Db, OrderStatus, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { runTransaction } from "../checkout/run-transaction";
import { enqueueMail } from "../outbox/enqueue-mail";
import { renderOrderStatusChanged, renderSellerOrderCancelled } from "../outbox/templates";
import { getOrder, type OrderDetail } from "./get-order";
import { formatOrderNumber } from "./order-number";
import { perspectiveOf } from "./order-view";
import { returnPrescriptionUse } from "../prescription/return-prescription-use";
import { restoreStock } from "./restore-stock";
import { allowedTransitions, type OrderPerspective } from "./status-machine";

type LockedOrder = {
  id: string;
  number: number;
  status: OrderStatus;
  customerId: string;
  sellerId: string;
  prescriptionId: string | null;
};

export interface StatusChange {
  id: string;
  status: OrderStatus;
  note?: string | undefined;
}

/**
 * The only way an order's status changes. In one transaction: lock the order row, check the
 * transition for the caller's role (refused -> CONFLICT with `details.allowed`), update, write the
 * status event + audit row, restore stock on cancel, queue the customer's e-mail (and the seller's,
 * when the customer cancelled). `via` is the entry point: the customer's cancel or the staff's
 * status update; a caller who is not that kind of party to this order gets NOT_FOUND.
 */
export async function changeOrderStatus(
  db: Db,
  actor: Actor,
  change: StatusChange,
  via: "customer" | "staff",
): Promise<OrderDetail> {
  return runTransaction(db, async (tx) => {
    const rows = await tx.$queryRaw<LockedOrder[]>`
      SELECT id, number, status::text AS status, "customerId", "sellerId", "prescriptionId"
      FROM "Order" WHERE id = ${change.id} FOR UPDATE`;
    const order = rows[0];
    const perspective = order ? perspectiveOf(actor, order) : null;
    if (!order || !perspective || (via === "customer") !== (perspective === "customer")) {
      throw new AppError("NOT_FOUND", "Order not found.");
    }

    const allowed = allowedTransitions(order.status, perspective);
    if (!allowed.includes(change.status)) {
      throw new AppError(
        "CONFLICT",
        `Order ${formatOrderNumber(order.number)} is ${order.status.toLowerCase()} and cannot be changed to ${change.status.toLowerCase()}.`,
        { reason: "transition_refused", from: order.status, to: change.status, allowed },
      );
    }

    const note = change.note?.trim() || null;
    await tx.order.update({ where: { id: order.id }, data: { status: change.status } });
    await tx.orderStatusEvent.create({
      data: { orderId: order.id, fromStatus: order.status, toStatus: change.status, actorId: actor.userId, note },
    });
    if (change.status === "CANCELLED") {
      await restoreStock(tx, order.id, actor.userId);
      await returnPrescriptionUse(tx, order.prescriptionId);
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "order.status_changed",
      entityType: "Order",
      entityId: order.id,
      before: { status: order.status },
      after: { status: change.status, note, by: perspective },
    });
    await notify(tx, order, change.status, note, perspective);
    return getOrder(tx, actor, { id: order.id });
  });
}

async function notify(
  tx: Tx,
  order: LockedOrder,
  to: OrderStatus,
  note: string | null,
  perspective: OrderPerspective,
): Promise<void> {
  const people = await tx.user.findMany({
    where: { id: { in: [order.customerId, order.sellerId] } },
    select: { id: true, name: true, email: true, sellerProfile: { select: { storeName: true } } },
  });
  const customer = people.find((p) => p.id === order.customerId);
  const seller = people.find((p) => p.id === order.sellerId);
  const storeName = seller?.sellerProfile?.storeName ?? seller?.name ?? "";
  const orderNumber = formatOrderNumber(order.number);
  if (customer) {
    await enqueueMail(tx, { to: customer.email, ...renderOrderStatusChanged({ name: customer.name, orderNumber, storeName, to, note }) });
  }
  if (seller && perspective === "customer" && to === "CANCELLED") {
    await enqueueMail(tx, { to: seller.email, ...renderSellerOrderCancelled({ storeName, orderNumber, note }) });
  }
}
