import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FLAT_SHIPPING_CENTS, FREE_SHIPPING_THRESHOLD_CENTS, priceLines } from "./price-lines";

const now = new Date("2026-11-25T12:00:00Z");
const meds = [
  { id: "a", sellerId: "s2", priceCents: 1250 },
  { id: "b", sellerId: "s1", priceCents: 999 },
  { id: "c", sellerId: "s2", priceCents: 4000 },
];

describe("priceLines", () => {
  it("prices lines, groups them per seller and charges shipping per seller order", () => {
    const priced = priceLines(
      [
        { medicineId: "a", quantity: 2 },
        { medicineId: "b", quantity: 3 },
        { medicineId: "c", quantity: 1 },
      ],
      meds,
      now,
    );
    expect(priced.lines.map((l) => [l.medicineId, l.unitPriceCents, l.lineTotalCents])).toEqual([
      ["a", 1250, 2500],
      ["b", 999, 2997],
      ["c", 4000, 4000],
    ]);
    // s1: 29.97 < 50 -> flat shipping; s2: 65.00 >= 50 -> free.
    expect(priced.sellers.map((s) => [s.sellerId, s.subtotalCents, s.shippingCents, s.totalCents])).toEqual([
      ["s1", 2997, FLAT_SHIPPING_CENTS, 2997 + FLAT_SHIPPING_CENTS],
      ["s2", 6500, 0, 6500],
    ]);
    expect(priced).toMatchObject({
      currency: "USD",
      subtotalCents: 9497,
      discountCents: 0,
      shippingCents: FLAT_SHIPPING_CENTS,
      totalCents: 9497 + FLAT_SHIPPING_CENTS,
    });
  });

  it("shipping is free from exactly the threshold", () => {
    const at = priceLines([{ medicineId: "x", quantity: 1 }], [{ id: "x", sellerId: "s", priceCents: FREE_SHIPPING_THRESHOLD_CENTS }], now);
    const below = priceLines([{ medicineId: "x", quantity: 1 }], [{ id: "x", sellerId: "s", priceCents: FREE_SHIPPING_THRESHOLD_CENTS - 1 }], now);
    expect(at.shippingCents).toBe(0);
    expect(below.shippingCents).toBe(FLAT_SHIPPING_CENTS);
  });

  it("refuses invalid quantities and unknown medicines (programming errors, never silently priced)", () => {
    for (const quantity of [0, -1, 1.5, 100, Number.NaN]) {
      expect(() => priceLines([{ medicineId: "a", quantity }], meds, now)).toThrow(RangeError);
    }
    expect(() => priceLines([{ medicineId: "nope", quantity: 1 }], meds, now)).toThrow(/no medicine/);
    expect(() => priceLines([{ medicineId: "x", quantity: 1 }], [{ id: "x", sellerId: "s", priceCents: 9.5 }], now)).toThrow(RangeError);
  });

  it("totals are integers and add up for any cart", () => {
    const medicine = fc.record({ sellerId: fc.constantFrom("s1", "s2", "s3"), priceCents: fc.integer({ min: 0, max: 1_000_000 }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(medicine, fc.integer({ min: 1, max: 99 })), { minLength: 1, maxLength: 30 }), (cart) => {
        const medicines = cart.map(([m], i) => ({ id: `m${i}`, ...m }));
        const priced = priceLines(cart.map(([, q], i) => ({ medicineId: `m${i}`, quantity: q })), medicines, now);
        for (const s of priced.sellers) {
          expect(s.totalCents).toBe(s.subtotalCents - s.discountCents + s.shippingCents);
          expect(s.subtotalCents).toBe(s.lines.reduce((n, l) => n + l.unitPriceCents * l.quantity, 0));
        }
        expect(priced.totalCents).toBe(priced.sellers.reduce((n, s) => n + s.totalCents, 0));
        expect(Number.isSafeInteger(priced.totalCents)).toBe(true);
      }),
    );
  });
});
