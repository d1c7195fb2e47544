import type { OrderStatus } from "@healio/db";

/** How the caller relates to an order; decides what they see and which transitions they may make. */
export type OrderPerspective = "customer" | "seller" | "admin";

/**
 * The fulfilment path; CANCELLED and DELIVERED are terminal. AWAITING_PRESCRIPTION leaves only
 * through the pharmacist's review (PRESCRIPTION_REVIEW_NEXT), never a plain status update, so no
 * Rx order can be shipped without a checked prescription.
 */
const STAFF_NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  AWAITING_PRESCRIPTION: [],
  PLACED: ["PROCESSING", "CANCELLED"],
  PROCESSING: ["SHIPPED", "CANCELLED"],
  SHIPPED: ["DELIVERED"],
  DELIVERED: [],
  CANCELLED: [],
};

/** A customer may only cancel, and only before the seller started working on the order. */
const CUSTOMER_NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  AWAITING_PRESCRIPTION: ["CANCELLED"],
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

/** The pharmacist's review of an Rx order: approve -> PLACED, reject -> CANCELLED. */
export const PRESCRIPTION_REVIEW_NEXT = { approve: "PLACED", reject: "CANCELLED" } as const satisfies Record<
  "approve" | "reject",
  OrderStatus
>;

/** Orders that still hold reserved stock and may yet ship. */
export const OPEN_ORDER_STATUSES: readonly OrderStatus[] = ["AWAITING_PRESCRIPTION", "PLACED", "PROCESSING"];
