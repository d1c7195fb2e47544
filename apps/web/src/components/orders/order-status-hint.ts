import type { OrderStatus } from "@healio/db/enums";

/** What the status means for the customer. */
export const ORDER_STATUS_HINT: Record<OrderStatus, string> = {
  AWAITING_PRESCRIPTION: "A pharmacist is checking your prescription. Your items are reserved for you.",
  PLACED: "The pharmacy has received your order.",
  PROCESSING: "The pharmacy is preparing your order.",
  SHIPPED: "Your parcel is on its way.",
  DELIVERED: "Your parcel has been delivered.",
  CANCELLED: "This order was cancelled.",
};
