/**
 * The schema's enums as plain values and unions, safe to import in the browser: shared zod
 * schemas and client components use these instead of `@healio/db`, which would pull the Prisma
 * client (and pg) into client bundles. src/enums.test.ts keeps them equal to the generated ones.
 */

export const Role = { ADMIN: "ADMIN", SELLER: "SELLER", CUSTOMER: "CUSTOMER" } as const;
export type Role = (typeof Role)[keyof typeof Role];

export const SellerStatus = { PENDING: "PENDING", APPROVED: "APPROVED", REJECTED: "REJECTED", SUSPENDED: "SUSPENDED" } as const;
export type SellerStatus = (typeof SellerStatus)[keyof typeof SellerStatus];

export const MedicineStatus = { ACTIVE: "ACTIVE", ARCHIVED: "ARCHIVED" } as const;
export type MedicineStatus = (typeof MedicineStatus)[keyof typeof MedicineStatus];

export const StockMovementReason = {
  INITIAL: "INITIAL",
  RESTOCK: "RESTOCK",
  CORRECTION: "CORRECTION",
  WRITE_OFF_DAMAGE: "WRITE_OFF_DAMAGE",
  WRITE_OFF_EXPIRY: "WRITE_OFF_EXPIRY",
  ORDER: "ORDER",
  ORDER_CANCELLED: "ORDER_CANCELLED",
} as const;
export type StockMovementReason = (typeof StockMovementReason)[keyof typeof StockMovementReason];

export const OrderStatus = {
  AWAITING_PRESCRIPTION: "AWAITING_PRESCRIPTION",
  PLACED: "PLACED",
  PROCESSING: "PROCESSING",
  SHIPPED: "SHIPPED",
  DELIVERED: "DELIVERED",
  CANCELLED: "CANCELLED",
} as const;
export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];

export const PrescriptionStatus = { PENDING: "PENDING", APPROVED: "APPROVED", REJECTED: "REJECTED" } as const;
export type PrescriptionStatus = (typeof PrescriptionStatus)[keyof typeof PrescriptionStatus];

export const PaymentMethod = { CASH_ON_DELIVERY: "CASH_ON_DELIVERY" } as const;
export type PaymentMethod = (typeof PaymentMethod)[keyof typeof PaymentMethod];

export const SaleItemStatus = { PROPOSED: "PROPOSED", APPROVED: "APPROVED", DECLINED: "DECLINED" } as const;
export type SaleItemStatus = (typeof SaleItemStatus)[keyof typeof SaleItemStatus];

export const OutboxStatus = { PENDING: "PENDING", SENT: "SENT", FAILED: "FAILED" } as const;
export type OutboxStatus = (typeof OutboxStatus)[keyof typeof OutboxStatus];

export const BatchState = { AVAILABLE: "AVAILABLE", QUARANTINED: "QUARANTINED", RECALLED: "RECALLED", EXPIRED: "EXPIRED" } as const;
export type BatchState = (typeof BatchState)[keyof typeof BatchState];

export const RecallStatus = { OPEN: "OPEN", CLOSED: "CLOSED" } as const;
export type RecallStatus = (typeof RecallStatus)[keyof typeof RecallStatus];
