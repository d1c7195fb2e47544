import type { DbOrTx, OrderStatus } from "@healio/db";
import { formatOrderNumber } from "../order/order-number";

/** Orders not yet shipped: the seller must hold them (the queue flags them). */
export const OPEN_ORDER_STATUSES: readonly OrderStatus[] = ["AWAITING_PRESCRIPTION", "PLACED", "PROCESSING"];

export type AffectedOrder = {
  id: string;
  number: number;
  orderNumber: string;
  status: OrderStatus;
  /** Not shipped yet: held for the seller. */
  open: boolean;
  /** Units of the recalled lot in this order. */
  units: number;
  createdAt: Date;
  customer: { id: string; name: string; email: string };
};

/**
 * Every order whose lines took units from the lot (OrderItemBatch), cancelled orders excepted: a
 * cancel put their units back, nothing reached the customer. Found through the allocations the
 * checkout recorded, so exactly the customers who may hold a pack of this lot.
 */
export async function findAffectedOrders(db: DbOrTx, batchId: string): Promise<AffectedOrder[]> {
  const rows = await db.$queryRaw<
    { id: string; number: number; status: OrderStatus; units: number; createdAt: Date; customerId: string; name: string; email: string }[]
  >`
    SELECT o.id, o.number, o.status, SUM(a.quantity)::int AS units, o."createdAt",
           o."customerId", COALESCE(NULLIF(u.name, ''), o."shippingName") AS name, u.email
    FROM "OrderItemBatch" a
    JOIN "OrderItem" oi ON oi.id = a."orderItemId"
    JOIN "Order" o ON o.id = oi."orderId"
    JOIN "user" u ON u.id = o."customerId"
    WHERE a."batchId" = ${batchId} AND o.status <> 'CANCELLED'
    GROUP BY o.id, u.name, u.email
    ORDER BY o.number`;
  return rows.map((r) => ({
    id: r.id,
    number: Number(r.number),
    orderNumber: formatOrderNumber(Number(r.number)),
    status: r.status,
    open: OPEN_ORDER_STATUSES.includes(r.status),
    units: r.units,
    createdAt: r.createdAt,
    customer: { id: r.customerId, name: r.name, email: r.email },
  }));
}
