import type { OrderStatus } from "@healio/db";
import { Badge, type BadgeTone } from "@healio/ui";

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

/** What the status means for the customer. */
export const ORDER_STATUS_HINT: Record<OrderStatus, string> = {
  AWAITING_PRESCRIPTION: "A pharmacist is checking your prescription. Your items are reserved for you.",
  PLACED: "The pharmacy has received your order.",
  PROCESSING: "The pharmacy is preparing your order.",
  SHIPPED: "Your parcel is on its way.",
  DELIVERED: "Your parcel has been delivered.",
  CANCELLED: "This order was cancelled.",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={TONE[status]}>{ORDER_STATUS_LABEL[status]}</Badge>;
}
