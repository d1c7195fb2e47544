import { describe, expect, it } from "vitest";
import { FLAT_SHIPPING_CENTS } from "../pricing/price-lines";
import { createCaller } from "../root";
import { unique } from "../testing/factories";
import { createCustomers, errorCode, errorDetails, placeInput, settle, stockStory } from "../testing/commerce";
import { useMarketplace, useTestDatabase } from "../testing/setup";

/** Each case takes a few seconds on an idle 2-core machine; the budget leaves room for a loaded one. */
const BUDGET_MS = 120_000;

const t = useTestDatabase();
const market = useMarketplace(t, { storeName: "Race Pharmacy", poolMax: 30 });

type Outcome = Awaited<ReturnType<typeof settle>>;
function tally(outcomes: Outcome[]) {
  const codes: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.ok ? "OK" : `${errorCode(o.error)}:${String(errorDetails(o.error)?.reason)}`;
    codes[key] = (codes[key] ?? 0) + 1;
  }
  return codes;
}

async function liveSaleOn(opts: { priceCents: number; salePriceCents: number; capUnits?: number; perCustomerLimit?: number }) {
  const m = await market.shop.medicine({ priceCents: opts.priceCents, stock: 1000 });
  const now = Date.now();
  const e = await market.admin.sale.create({
    name: "Race sale",
    slug: unique("race").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""),
    startsAt: new Date(now - 60_000),
    endsAt: new Date(now + 3_600_000),
  });
  const item = await market.admin.sale.addItem({
    eventId: e.id,
    medicineId: m.id,
    salePriceCents: opts.salePriceCents,
    capUnits: opts.capUnits ?? null,
    perCustomerLimit: opts.perCustomerLimit ?? null,
  });
  return { m, e, item };
}

describe("flash-sale cap and per-customer limit under real concurrency", () => {
  it("100 parallel orders against a cap of 10: exactly 10 at the sale price, 90 clear CONFLICTs", async () => {
    const { m, item } = await liveSaleOn({ priceCents: 6000, salePriceCents: 5000, capUnits: 10 });
    const customers = await createCustomers(t.db, 100);
    const saleTotal = 5000; // free shipping from 50.00
    const started = Date.now();
    const outcomes = await Promise.all(
      customers.map(({ actor }) =>
        settle(createCaller({ db: market.pool, actor }).order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 1 }], expectedTotalCents: saleTotal }))),
      ),
    );
    const codes = tally(outcomes);
    console.info(`[sale concurrency] 100 x 1 unit, cap 10: ${JSON.stringify(codes)} in ${Date.now() - started} ms`);
    // Once the cap is exhausted the sale is no longer live: the price is the list price, which
    // the customers did not confirm.
    expect(codes).toEqual({ OK: 10, "CONFLICT:price_changed": 90 });
    for (const o of outcomes) if (!o.ok) expect(errorDetails(o.error)).toMatchObject({ totalCents: 6000 });
    expect((await t.db.saleItem.findUniqueOrThrow({ where: { id: item.id } })).soldUnits).toBe(10);
    const lines = await t.db.orderItem.findMany({ where: { medicineId: m.id } });
    expect(lines).toHaveLength(10);
    expect(lines.every((l) => l.saleItemId === item.id && l.salePriceCents === 5000 && l.unitPriceCents === 6000)).toBe(true);
    expect(await stockStory(t.db, m.id)).toEqual({ stock: 990, ledger: 990, ordered: 10, batches: 990 });

    // A customer who confirms the list-price total gets it (no sale snapshot).
    const late = customers[99]!;
    const confirmed = await createCaller({ db: market.pool, actor: late.actor }).order.place(
      placeInput({ lines: [{ medicineId: m.id, quantity: 1 }], expectedTotalCents: 6000 }),
    );
    expect(confirmed.orders[0]!.items[0]).toMatchObject({ unitPriceCents: 6000, discountCents: 0, salePriceCents: null, saleEventId: null });
  }, BUDGET_MS);

  it("a line larger than the units left at the sale price is refused unless the list total is confirmed", async () => {
    const { m } = await liveSaleOn({ priceCents: 1000, salePriceCents: 500, capUnits: 3 });
    const [c] = await createCustomers(t.db, 1);
    const caller = createCaller({ db: market.pool, actor: c!.actor });
    const refused = await settle(caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 4 }] })));
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(errorCode(refused.error)).toBe("CONFLICT");
      expect(errorDetails(refused.error)).toMatchObject({ reason: "sale_cap", totalCents: 4000 + FLAT_SHIPPING_CENTS, lostSales: [{ medicineId: m.id, available: 3 }] });
    }
    const ok = await caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 4 }], expectedTotalCents: 4000 + FLAT_SHIPPING_CENTS }));
    expect(ok.totalCents).toBe(4000 + FLAT_SHIPPING_CENTS);
    expect(ok.orders[0]!.items[0]!.salePriceCents).toBeNull();
  }, BUDGET_MS);

  it("one customer firing 100 parallel orders against a per-customer limit of 2: exactly 2 at the sale price", async () => {
    const { m, item } = await liveSaleOn({ priceCents: 1000, salePriceCents: 700, perCustomerLimit: 2 });
    const [c] = await createCustomers(t.db, 1);
    const caller = createCaller({ db: market.pool, actor: c!.actor });
    const saleTotal = 700 + FLAT_SHIPPING_CENTS;
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, () => settle(caller.order.place(placeInput({ lines: [{ medicineId: m.id, quantity: 1 }], expectedTotalCents: saleTotal })))),
    );
    const codes = tally(outcomes);
    console.info(`[sale concurrency] one customer, 100 x 1 unit, limit 2: ${JSON.stringify(codes)}`);
    expect(codes).toEqual({ OK: 2, "CONFLICT:sale_customer_limit": 98 });
    expect((await t.db.saleItem.findUniqueOrThrow({ where: { id: item.id } })).soldUnits).toBe(2);
    // Another customer still gets the sale price.
    const [other] = await createCustomers(t.db, 1);
    const theirs = await createCaller({ db: market.pool, actor: other!.actor }).order.place(
      placeInput({ lines: [{ medicineId: m.id, quantity: 2 }], expectedTotalCents: 1400 + FLAT_SHIPPING_CENTS }),
    );
    expect(theirs.orders[0]!.items[0]!.salePriceCents).toBe(700);
  }, BUDGET_MS);
});
