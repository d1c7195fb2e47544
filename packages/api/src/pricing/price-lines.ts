import { assertCents, CURRENCY, type Currency } from "./money";

/**
 * THE pricing function. The cart, the checkout and anything else that shows or charges money call
 * this and nothing else, so a price shown is a price charged. Integers (cents) only.
 *
 * Shipping policy (per seller order, because each seller ships their own parcel):
 * free when the seller's subtotal after discounts is >= FREE_SHIPPING_THRESHOLD_CENTS,
 * otherwise FLAT_SHIPPING_CENTS.
 */
export const FREE_SHIPPING_THRESHOLD_CENTS = 5_000;
export const FLAT_SHIPPING_CENTS = 499;
export const MAX_LINE_QUANTITY = 99;

export type PricingLine = { medicineId: string; quantity: number };
/**
 * The medicine fields pricing needs; extra fields are ignored. `sale` is the flash sale live at the
 * pricing instant, resolved by the ONE SQL rule in live-sale-sql.ts (null/absent: list price).
 */
export type PricingMedicine = {
  id: string;
  sellerId: string;
  priceCents: number;
  sale?: { saleItemId: string; saleEventId: string; salePriceCents: number } | null;
};

export type PricedLine = {
  medicineId: string;
  sellerId: string;
  quantity: number;
  /** The list price per unit. */
  unitPriceCents: number;
  /** Total discount of the line (not per unit): lineTotal = unitPrice * quantity - discount. */
  discountCents: number;
  lineTotalCents: number;
  /** The flash sale that priced the line: its unit price and ids (snapshotted on order lines). */
  sale: { saleItemId: string; saleEventId: string; salePriceCents: number } | null;
};

export type SellerPrice = {
  sellerId: string;
  lines: PricedLine[];
  /** Sum of unitPrice * quantity, before discounts. */
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  /** subtotal - discount + shipping (the same equation the Order CHECK constraint enforces). */
  totalCents: number;
};

export type PricedCart = {
  currency: Currency;
  /** One entry per seller, ordered by sellerId (deterministic). */
  sellers: SellerPrice[];
  /** Every line in input order. */
  lines: PricedLine[];
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
};

/**
 * Discount of a line: (list - sale) * quantity when a flash sale is live (the sale was resolved for
 * the same instant by live-sale-sql.ts); coupons would plug in here too. An integer in
 * [0, unitPrice * quantity].
 */
function lineDiscountCents(medicine: PricingMedicine, quantity: number, _now: Date): number {
  if (!medicine.sale) return 0;
  const sale = assertCents(medicine.sale.salePriceCents, "salePriceCents");
  return Math.max(0, medicine.priceCents - sale) * quantity;
}

function shippingFor(subtotalAfterDiscountCents: number): number {
  return subtotalAfterDiscountCents >= FREE_SHIPPING_THRESHOLD_CENTS ? 0 : FLAT_SHIPPING_CENTS;
}

export function priceLines(
  lines: readonly PricingLine[],
  medicines: Iterable<PricingMedicine>,
  now: Date,
): PricedCart {
  const byId = new Map<string, PricingMedicine>();
  for (const m of medicines) byId.set(m.id, m);

  const priced = lines.map((line): PricedLine => {
    const medicine = byId.get(line.medicineId);
    if (!medicine) throw new Error(`priceLines: no medicine ${line.medicineId}`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_LINE_QUANTITY) {
      throw new RangeError(`priceLines: invalid quantity ${line.quantity}`);
    }
    const unit = assertCents(medicine.priceCents, "priceCents");
    const gross = unit * line.quantity;
    const discount = Math.min(assertCents(lineDiscountCents(medicine, line.quantity, now), "discount"), gross);
    return {
      medicineId: line.medicineId,
      sellerId: medicine.sellerId,
      quantity: line.quantity,
      unitPriceCents: unit,
      discountCents: discount,
      lineTotalCents: gross - discount,
      sale:
        medicine.sale && discount > 0
          ? { saleItemId: medicine.sale.saleItemId, saleEventId: medicine.sale.saleEventId, salePriceCents: unit - discount / line.quantity }
          : null,
    };
  });

  const groups = new Map<string, PricedLine[]>();
  for (const line of priced) groups.set(line.sellerId, [...(groups.get(line.sellerId) ?? []), line]);
  const sellers = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sellerId, sellerLines]): SellerPrice => {
      const subtotal = sum(sellerLines.map((l) => l.unitPriceCents * l.quantity));
      const discount = sum(sellerLines.map((l) => l.discountCents));
      const shipping = shippingFor(subtotal - discount);
      return {
        sellerId,
        lines: sellerLines,
        subtotalCents: subtotal,
        discountCents: discount,
        shippingCents: shipping,
        totalCents: subtotal - discount + shipping,
      };
    });

  return {
    currency: CURRENCY,
    sellers,
    lines: priced,
    subtotalCents: sum(sellers.map((s) => s.subtotalCents)),
    discountCents: sum(sellers.map((s) => s.discountCents)),
    shippingCents: sum(sellers.map((s) => s.shippingCents)),
    totalCents: sum(sellers.map((s) => s.totalCents)),
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
