import type { Db, OrderStatus } from "@healio/db";
import { createCategory, createMedicine, createSeller, createUser, unique } from "../testing/factories";

/**
 * The hand-computed fixture of analytics.test.ts (expectations are written out in the test).
 * Range under test: 2026-03-10..2026-03-12 (UTC), previous period 2026-03-07..2026-03-09.
 *
 *   order  seller status     placed (UTC)         checkout customer lines (qty × unit − discount)  shipping
 *   O1     S1     DELIVERED  2026-03-10 10:00     K1       A        M1 2×1000−100=1900, M2 1×500   300
 *   O2     S2     DELIVERED  2026-03-10 10:00     K1       A        M3 3×200=600                   200
 *   O3     S1     SHIPPED    2026-03-11 12:00     K2       B        M1 1×1000                       0
 *   O4     S2     CANCELLED  2026-03-12 09:00     K3       B        M3 5×200=1000                   0
 *   O5     S1     DELIVERED  2026-03-12 23:30     K4       B        M2 4×500=2000                 100
 *   O6     S1     DELIVERED  2026-03-08 08:00     K5       A        M1 1×1000                       0   (previous)
 *   O7     S2     PLACED     2026-03-09 08:00     K6       A        M3 1×200                        0   (previous)
 *   O8     S1     DELIVERED  2026-03-13 00:00     K7       A        M1 9×1000                       0   (after the range)
 *   O9     S1     DELIVERED  2026-03-06 23:59:59  K8       A        M1 9×1000                       0   (before both)
 *
 * Categories: "Pain relief" (root) > "Headache" (child); "Allergy" (root).
 * M1 (S1) in Headache, M2 (S1) in Allergy, M3 (S2) in Pain relief.
 * Customer accounts: A created 2026-03-08 (previous period), B created 2026-03-11 (current).
 */
export type OrderLineSpec = { medicineId: string; quantity: number; unitPriceCents: number; discountCents?: number };

export async function insertOrder(
  db: Db,
  spec: {
    checkoutId: string;
    customerId: string;
    sellerId: string;
    status: OrderStatus;
    at: string;
    shippingCents?: number;
    lines: OrderLineSpec[];
  },
) {
  const items = spec.lines.map((l) => {
    const discountCents = l.discountCents ?? 0;
    return {
      medicineId: l.medicineId,
      name: "Snapshot",
      strength: "500 mg",
      quantity: l.quantity,
      unitPriceCents: l.unitPriceCents,
      discountCents,
      lineTotalCents: l.quantity * l.unitPriceCents - discountCents,
    };
  });
  const subtotalCents = items.reduce((s, i) => s + i.quantity * i.unitPriceCents, 0);
  const discountCents = items.reduce((s, i) => s + i.discountCents, 0);
  const shippingCents = spec.shippingCents ?? 0;
  return db.order.create({
    data: {
      checkoutId: spec.checkoutId,
      customerId: spec.customerId,
      sellerId: spec.sellerId,
      status: spec.status,
      subtotalCents,
      discountCents,
      shippingCents,
      totalCents: subtotalCents - discountCents + shippingCents,
      shippingName: "Fixture",
      shippingLine1: "1 Fixture Street",
      shippingCity: "Testville",
      shippingPostal: "12345",
      shippingCountry: "US",
      phone: "+10000000000",
      createdAt: new Date(spec.at),
      items: { createMany: { data: items } },
    },
  });
}

export async function buildAnalyticsFixture(db: Db) {
  const s1 = await createSeller(db, { storeName: "Alpha Pharmacy" });
  const s2 = await createSeller(db, { storeName: "Beta Pharmacy" });
  const pain = await createCategory(db, { name: "Pain relief" });
  const headache = await createCategory(db, { name: "Headache", parentId: pain.id });
  const allergy = await createCategory(db, { name: "Allergy" });
  const m1 = await createMedicine(db, { sellerId: s1.user.id, categoryId: headache.id, name: "Ibuprofen" });
  const m2 = await createMedicine(db, { sellerId: s1.user.id, categoryId: allergy.id, name: "Cetirizine" });
  const m3 = await createMedicine(db, { sellerId: s2.user.id, categoryId: pain.id, name: "Paracetamol" });
  const a = await createUser(db, { role: "CUSTOMER" });
  const b = await createUser(db, { role: "CUSTOMER" });
  await db.user.update({ where: { id: a.id }, data: { createdAt: new Date("2026-03-08T12:00:00Z") } });
  await db.user.update({ where: { id: b.id }, data: { createdAt: new Date("2026-03-11T12:00:00Z") } });

  const k = () => unique("checkout");
  const S1 = s1.user.id;
  const S2 = s2.user.id;
  const K1 = k();
  const line = (medicineId: string, quantity: number, unitPriceCents: number, discountCents = 0) => ({
    medicineId,
    quantity,
    unitPriceCents,
    discountCents,
  });
  const o = {
    O1: await insertOrder(db, { checkoutId: K1, customerId: a.id, sellerId: S1, status: "DELIVERED", at: "2026-03-10T10:00:00Z", shippingCents: 300, lines: [line(m1.id, 2, 1000, 100), line(m2.id, 1, 500)] }),
    O2: await insertOrder(db, { checkoutId: K1, customerId: a.id, sellerId: S2, status: "DELIVERED", at: "2026-03-10T10:00:00Z", shippingCents: 200, lines: [line(m3.id, 3, 200)] }),
    O3: await insertOrder(db, { checkoutId: k(), customerId: b.id, sellerId: S1, status: "SHIPPED", at: "2026-03-11T12:00:00Z", lines: [line(m1.id, 1, 1000)] }),
    O4: await insertOrder(db, { checkoutId: k(), customerId: b.id, sellerId: S2, status: "CANCELLED", at: "2026-03-12T09:00:00Z", lines: [line(m3.id, 5, 200)] }),
    O5: await insertOrder(db, { checkoutId: k(), customerId: b.id, sellerId: S1, status: "DELIVERED", at: "2026-03-12T23:30:00Z", shippingCents: 100, lines: [line(m2.id, 4, 500)] }),
    O6: await insertOrder(db, { checkoutId: k(), customerId: a.id, sellerId: S1, status: "DELIVERED", at: "2026-03-08T08:00:00Z", lines: [line(m1.id, 1, 1000)] }),
    O7: await insertOrder(db, { checkoutId: k(), customerId: a.id, sellerId: S2, status: "PLACED", at: "2026-03-09T08:00:00Z", lines: [line(m3.id, 1, 200)] }),
    O8: await insertOrder(db, { checkoutId: k(), customerId: a.id, sellerId: S1, status: "DELIVERED", at: "2026-03-13T00:00:00Z", lines: [line(m1.id, 9, 1000)] }),
    O9: await insertOrder(db, { checkoutId: k(), customerId: a.id, sellerId: S1, status: "DELIVERED", at: "2026-03-06T23:59:59Z", lines: [line(m1.id, 9, 1000)] }),
  };
  return { s1, s2, m1, m2, m3, pain, allergy, a, b, orders: o };
}
