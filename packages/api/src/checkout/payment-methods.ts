import type { PaymentMethod } from "@healio/db";

/**
 * The payment seam. Checkout calls `authorize` inside its transaction, after stock is reserved and
 * before anything is committed; a card provider would authorize (not capture) there and throw an
 * AppError to roll the checkout back. Adding a provider = a new PaymentMethod enum value (migration)
 * + an entry here.
 */
export type PaymentStatus = "due_on_delivery" | "authorized";

export interface PaymentAuthorization {
  status: PaymentStatus;
  /** Shown to the customer, e.g. "Pay $12.34 in cash when your order arrives." */
  instructions: string;
}

export interface PaymentContext {
  checkoutId: string;
  customerId: string;
  totalCents: number;
  currency: string;
}

export interface PaymentProvider {
  method: PaymentMethod;
  label: string;
  description: string;
  authorize(ctx: PaymentContext): Promise<PaymentAuthorization>;
}

const cashOnDelivery: PaymentProvider = {
  method: "CASH_ON_DELIVERY",
  label: "Cash on delivery",
  description: "Pay the courier in cash when your order arrives.",
  // Nothing to authorize: the money is collected on delivery.
  async authorize() {
    return { status: "due_on_delivery", instructions: "Pay in cash when each parcel arrives." };
  },
};

export const paymentProviders: Record<PaymentMethod, PaymentProvider> = {
  CASH_ON_DELIVERY: cashOnDelivery,
};

export function getPaymentProvider(method: PaymentMethod): PaymentProvider {
  return paymentProviders[method];
}

export type PaymentMethodInfo = { method: PaymentMethod; label: string; description: string };

export function listPaymentMethods(): PaymentMethodInfo[] {
  return Object.values(paymentProviders).map(({ method, label, description }) => ({ method, label, description }));
}
