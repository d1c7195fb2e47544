import type { OrderStatus } from "@healio/db";

/** How the caller relates to an order; decides what they see and which transitions they may make. */
export type OrderPerspective = "customer" | "seller" | "admin";

/** The fulfilment path; CANCELLED and DELIVERED are terminal. */
const STAFF_NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  PLACED: ["PROCESSING", "CANCELLED"],
  PROCESSING: ["SHIPPED", "CANCELLED"],
  SHIPPED: ["DELIVERED"],
  DELIVERED: [],
  CANCELLED: [],
};

/** A customer may only cancel, and only before the seller started working on the order. */
const CUSTOMER_NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  PLACED: ["CANCELLED"],
  PROCESSING: [],
  SHIPPED: [],
  DELIVERED: [],
  CANCELLED: [],
};

export function allowedTransitions(from: OrderStatus, perspective: OrderPerspective): OrderStatus[] {
  return [...(perspective === "customer" ? CUSTOMER_NEXT : STAFF_NEXT)[from]];
}

export function canTransition(from: OrderStatus, to: OrderStatus, perspective: OrderPerspective): boolean {
  return allowedTransitions(from, perspective).includes(to);
}
