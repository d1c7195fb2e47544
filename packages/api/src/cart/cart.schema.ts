import { z } from "zod";
import { MAX_LINE_QUANTITY } from "../pricing/price-lines";

export const medicineIdSchema = z.string().trim().min(1).max(64);

/** 1..99, whole numbers only: 0, negative, fractional and > 99 are BAD_REQUEST. */
export const quantitySchema = z
  .number()
  .int("Quantity must be a whole number.")
  .min(1, "Quantity must be at least 1.")
  .max(MAX_LINE_QUANTITY, `Quantity must be at most ${MAX_LINE_QUANTITY}.`);

/** One line as a client sends it: never a price. Strict, so `unitPriceCents` etc. are refused. */
export const cartLineInput = z.strictObject({ medicineId: medicineIdSchema, quantity: quantitySchema });
export type CartLineInput = z.infer<typeof cartLineInput>;

export const cartAddInput = cartLineInput;
export const cartSetQuantityInput = cartLineInput;
export const cartRemoveInput = z.strictObject({ medicineId: medicineIdSchema });

/**
 * A visitor's local cart, merged on sign-in. Duplicate ids are summed (capped at 99). `mergeKey`
 * identifies this local cart: replaying a merge with the same key changes nothing (a retried
 * request, a second tab), so quantities are never doubled.
 */
export const cartMergeInput = z.strictObject({
  mergeKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, "The merge key must be 8 to 64 letters, digits, '-' or '_'."),
  lines: z.array(cartLineInput).max(100),
});
export type CartMergeInput = z.infer<typeof cartMergeInput>;

/** A visitor's local cart to price (no account needed). */
export const cartPreviewInput = z.strictObject({ lines: z.array(cartLineInput).max(100) });
export type CartPreviewInput = z.infer<typeof cartPreviewInput>;

export type CartProblem =
  | { kind: "inactive" }
  | { kind: "out_of_stock"; available: 0 }
  | { kind: "insufficient_stock"; available: number };

export type CartLine = {
  medicineId: string;
  slug: string;
  name: string;
  strength: string;
  packSize: string;
  imageUrl: string | null;
  requiresPrescription: boolean;
  seller: { id: string; storeName: string };
  quantity: number;
  /** Current server list price; never stored in the cart. */
  unitPriceCents: number;
  /** (list - sale) * quantity while a flash sale prices the line, else 0. */
  discountCents: number;
  lineTotalCents: number;
  /**
   * The flash sale pricing the line now. Checkout applies it only if the whole quantity fits the
   * remaining sale units (`remaining`) and the per-customer limit; otherwise it asks to confirm.
   */
  sale: {
    eventName: string;
    eventSlug: string;
    endsAt: Date;
    salePriceCents: number;
    remaining: number | null;
    perCustomerLimit: number | null;
  } | null;
  /** Units in stock right now. */
  available: number;
  /** null when the line can be bought as it is. */
  problem: CartProblem | null;
};

export type CartSellerTotals = {
  sellerId: string;
  storeName: string;
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
};

export type CartView = {
  currency: string;
  /** Oldest first (the order lines were added). */
  lines: CartLine[];
  /** Sum of quantities over all lines. */
  itemCount: number;
  /** Totals cover the lines WITHOUT a problem (what a checkout would charge once they are fixed). */
  sellers: CartSellerTotals[];
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
  /** true when the cart is non-empty and no line has a problem. */
  canCheckout: boolean;
};

export type CartPreviewResult = {
  cart: CartView;
  /** Ids of the input that match no medicine (deleted since they were put in the local cart). */
  missing: string[];
};

export type CartMergeResult = {
  cart: CartView;
  /** Lines of the visitor's cart that were not merged (unknown or archived medicine, or the cart is full). */
  skipped: { medicineId: string; reason: "not_found" | "inactive" | "cart_full" }[];
};

/** "Buy again": the lines of one of the caller's own orders go back into the cart. */
export const cartReorderInput = z.strictObject({ orderId: z.string().min(1).max(64) });
export type CartReorderInput = z.output<typeof cartReorderInput>;
