import type { PaymentMethod } from "@healio/db/enums";

export const PAYMENT_METHOD_LABEL: Record<PaymentMethod, string> = { CASH_ON_DELIVERY: "Cash on delivery" };
