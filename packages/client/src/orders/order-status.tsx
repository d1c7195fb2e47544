import type { OrderStatus } from "@healio/db/enums";
import { Badge, type BadgeTone } from "@healio/ui";

/** The statuses in fulfilment order (filters, tabs). */
export const ORDER_STATUSES: readonly OrderStatus[] = [
  "AWAITING_PRESCRIPTION",
  "PLACED",
  "PROCESSING",
  "SHIPPED",
  "DELIVERED",
  "CANCELLED",
];

export const ORDER_STATUS_LABEL: Record<OrderStatus, string> = {
  AWAITING_PRESCRIPTION: "Prescription check",
  PLACED: "Placed",
  PROCESSING: "Processing",
  SHIPPED: "Shipped",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
};

const TONE: Record<OrderStatus, BadgeTone> = {
  AWAITING_PRESCRIPTION: "warning",
  PLACED: "info",
  PROCESSING: "warning",
  SHIPPED: "primary",
  DELIVERED: "success",
  CANCELLED: "neutral",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={TONE[status]}>{ORDER_STATUS_LABEL[status]}</Badge>;
}
