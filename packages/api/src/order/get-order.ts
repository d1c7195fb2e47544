import type { DbOrTx, OrderStatus } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { adminOrderSelect, perspectiveOf, toOrderView, type OrderView } from "./order-view";

export type OrderTimelineEntry = {
  from: OrderStatus | null;
  to: OrderStatus;
  at: Date;
  note: string | null;
  /** Who made the change, as a role (never a person's identity). */
  by: "customer" | "seller" | "admin" | "system";
};

export type OrderDetail = OrderView & { timeline: OrderTimelineEntry[] };

/**
 * One order with its status timeline. The customer sees their own orders, a seller their own
 * seller orders, an admin any; everybody else gets NOT_FOUND, exactly like for a missing id.
 */
export async function getOrder(db: DbOrTx, actor: Actor, input: { id: string }): Promise<OrderDetail> {
  const row = await db.order.findUnique({
    where: { id: input.id },
    select: {
      ...adminOrderSelect,
      statusEvents: {
        select: { fromStatus: true, toStatus: true, createdAt: true, note: true, actorId: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  const perspective = row ? perspectiveOf(actor, row) : null;
  if (!row || !perspective) throw new AppError("NOT_FOUND", "Order not found.");
  return {
    ...toOrderView(row, perspective),
    timeline: row.statusEvents.map((e) => ({
      from: e.fromStatus,
      to: e.toStatus,
      at: e.createdAt,
      note: e.note,
      by:
        e.actorId === null
          ? "system"
          : e.actorId === row.customerId
            ? "customer"
            : e.actorId === row.sellerId
              ? "seller"
              : "admin",
    })),
  };
}
