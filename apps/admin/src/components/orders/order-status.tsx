import type { OrderStatus } from "@healio/db";
import { Badge, type BadgeTone } from "@healio/ui";
import { ORDER_STATUS_LABEL } from "../labels";

/** The statuses in fulfilment order (filters, tabs). */
export const ORDER_STATUSES: readonly OrderStatus[] = ["AWAITING_PRESCRIPTION", "PLACED", "PROCESSING", "SHIPPED", "DELIVERED", "CANCELLED"];

const TONE: Record<OrderStatus, BadgeTone> = {
  AWAITING_PRESCRIPTION: "warning",
  PLACED: "info",
  PROCESSING: "warning",
  SHIPPED: "primary",
  DELIVERED: "success",
  CANCELLED: "neutral",
};

export function orderStatusLabel(status: OrderStatus): string {
  return ORDER_STATUS_LABEL[status] ?? status;
}

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={TONE[status]}>{orderStatusLabel(status)}</Badge>;
}
