import { z } from "zod";
import { PaymentMethod } from "@healio/db/enums";
import { addressFields, phoneSchema } from "../address/address.schema";
import { cartLineInput } from "../cart/cart.schema";
import type { PaymentAuthorization } from "./payment-methods";

/** A UUID or any 8..64 URL-safe characters, generated once per checkout attempt by the client. */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "The idempotency key must be 8 to 64 letters, digits, '-' or '_'.");

export const MAX_CHECKOUT_LINES = 50;

/** Inline shipping address; `save: true` also stores it in the address book (if there is room). */
export const checkoutAddressInput = z.strictObject({ ...addressFields, save: z.boolean().default(false) });

/**
 * Strict on purpose: a client that sends `totalCents`, `unitPriceCents`, `price`, ... gets a
 * BAD_REQUEST, so nobody can believe a client-side price was honoured. The only money a client may
 * send is `expectedTotalCents`, the total it showed the customer: if the server total differs the
 * order is refused with CONFLICT (reason "price_changed") and the new total, for confirmation.
 */
export const placeOrderInput = z
  .strictObject({
    idempotencyKey: idempotencyKeySchema,
    addressId: z.string().min(1).max(64).optional(),
    address: checkoutAddressInput.optional(),
    phone: phoneSchema,
    paymentMethod: z.enum(PaymentMethod),
    /** Omit to buy the server cart. */
    lines: z.array(cartLineInput).min(1).max(MAX_CHECKOUT_LINES).optional(),
    expectedTotalCents: z.number().int().min(0).optional(),
    /** Needed when the cart holds a prescription-only medicine: a fresh upload or an approved one. */
    prescriptionId: z.string().min(1).max(64).optional(),
  })
  .superRefine((input, ctx) => {
    if ((input.addressId === undefined) === (input.address === undefined)) {
      ctx.addIssue({ code: "custom", path: ["addressId"], message: "Choose a saved address or enter one." });
    }
    const seen = new Set<string>();
    input.lines?.forEach((line, i) => {
      if (seen.has(line.medicineId)) {
        ctx.addIssue({ code: "custom", path: ["lines", i, "medicineId"], message: "Each medicine may appear once." });
      }
      seen.add(line.medicineId);
    });
  });
export type PlaceOrderInput = z.input<typeof placeOrderInput>;
export type PlaceOrderParams = z.output<typeof placeOrderInput>;

export const paymentMethodsOutput = z.array(
  z.object({ method: z.enum(PaymentMethod), label: z.string(), description: z.string() }),
);

/** The result of order.place. Pure JSON (dates as ISO strings): it is stored for idempotent replays. */
export type PlacedOrderItem = {
  medicineId: string;
  name: string;
  strength: string;
  quantity: number;
  unitPriceCents: number;
  discountCents: number;
  lineTotalCents: number;
  restrictedIngredient: string | null;
  restrictedMgPerPack: number | null;
  /** The flash-sale unit price charged (unitPriceCents is the list price), or null. */
  salePriceCents: number | null;
  saleEventId: string | null;
};

export type PlacedOrder = {
  id: string;
  number: number;
  /** "HL-000123" */
  orderNumber: string;
  seller: { id: string; storeName: string };
  /** AWAITING_PRESCRIPTION until the seller's pharmacist has checked a freshly uploaded prescription. */
  status: "PLACED" | "AWAITING_PRESCRIPTION";
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
  items: PlacedOrderItem[];
};

export type ShippingSnapshot = {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone: string;
};

export type PlaceOrderResult = {
  checkoutId: string;
  placedAt: string;
  currency: string;
  paymentMethod: PaymentMethod;
  payment: PaymentAuthorization;
  shipping: ShippingSnapshot;
  /** The address-book entry created from an inline address with `save: true` (null otherwise). */
  savedAddressId: string | null;
  /** One order per seller. */
  orders: PlacedOrder[];
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
};
