import { performance } from "node:perf_hooks";
import type { Db } from "@healio/db";

/**
 * The data of `pnpm bench:analytics` (analytics-explain.ts): people, a small tree, medicines,
 * orders and lines over the last `days` days, generated inside PostgreSQL with generate_series and
 * hashint8, so the same scale gives the same rows.
 */
export type AnalyticsScale = { dbName: string; orders: number; days: number; sellers: number; customers: number; medicines: number };

export const log = (...args: unknown[]) => console.log(...args);

export const ROLLUP_TABLES = [
  "AnalyticsHourRollup",
  "AnalyticsCheckoutRollup",
  "AnalyticsCheckoutHourRollup",
  "AnalyticsMedicineRollup",
  "AnalyticsSellerRollup",
  "AnalyticsMedicineBasisRollup",
  "AnalyticsCategoryBasisRollup",
  // Emptied by every fold: without a VACUUM their dead rows make each backlog check a scan.
  "AnalyticsHourRollupDelta",
  "AnalyticsCheckoutHourRollupDelta",
  "AnalyticsMedicineRollupDelta",
  "AnalyticsSellerRollupDelta",
];

export async function seconds<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await fn();
  log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

const rnd = (seed: string, m: number) => `((hashint8((${seed})::bigint) & 2147483647) % ${m})`;

export async function seed(db: Db, scale: AnalyticsScale): Promise<void> {
  const { dbName: DB_NAME, orders: ORDERS, days: DAYS, sellers: SELLERS, customers: CUSTOMERS, medicines: MEDICINES } = scale;
  log(`Seeding ${ORDERS.toLocaleString("en-US")} orders over ${DAYS} days into ${DB_NAME}...`);
  const run = (sql: string) => db.$executeRawUnsafe(sql);
  await seconds("people, categories, medicines", async () => {
    await run(`INSERT INTO "user" (id, name, email, "emailVerified", role, "createdAt", "updatedAt")
      SELECT 's' || g, 'Seller ' || g, 's' || g || '@bench.local', true, 'SELLER', now() - interval '${DAYS + 30} days', now()
      FROM generate_series(1, ${SELLERS}) g`);
    await run(`INSERT INTO "SellerProfile" (id, "userId", "storeName", "licenceNumber", "licenceExpiresAt", status, "createdAt", "updatedAt")
      SELECT 'sp' || g, 's' || g, 'Pharmacy ' || g, 'LIC-' || g, now() + interval '5 years', 'APPROVED', now(), now() FROM generate_series(1, ${SELLERS}) g`);
    await run(`INSERT INTO "user" (id, name, email, "emailVerified", role, "createdAt", "updatedAt")
      SELECT 'c' || g, 'Customer ' || g, 'c' || g || '@bench.local', true, 'CUSTOMER',
             now() - interval '${DAYS + 30} days' * (1 - g::float8 / ${CUSTOMERS}), now()
      FROM generate_series(1, ${CUSTOMERS}) g`);
    await run(`INSERT INTO "Category" (id, name, slug, "parentId", "createdAt", "updatedAt")
      SELECT 'r' || r, 'Root ' || r, 'root-' || r, NULL, now(), now() FROM generate_series(1, 10) r`);
    await run(`INSERT INTO "Category" (id, name, slug, "parentId", "createdAt", "updatedAt")
      SELECT 'r' || r || '-' || c, 'Child ' || r || '-' || c, 'child-' || r || '-' || c, 'r' || r, now(), now()
      FROM generate_series(1, 10) r, generate_series(1, 5) c`);
    await run(`INSERT INTO "Manufacturer" (id, name, "nameKey", "createdAt")
      SELECT 'mf' || g, 'Maker ' || g, 'maker ' || g, now() FROM generate_series(1, 50) g`);
    await run(`INSERT INTO "Medicine" (id, "sellerId", "categoryId", "manufacturerId", name, slug, "genericName", strength,
        "dosageForm", "packSize", "priceCents", stock, "createdAt", "updatedAt")
      SELECT 'm' || g, 's' || (1 + ${rnd("g", SELLERS)}), 'r' || (1 + ${rnd("g * 7", 10)}) || '-' || (1 + ${rnd("g * 13", 5)}),
             'mf' || (1 + g % 50), 'Medicine ' || g, 'medicine-' || g, 'generic ' || g, '500 mg', 'tablet', '20 tablets',
             199 + ${rnd("g * 3", 4800)}, 1000, now(), now()
      FROM generate_series(1, ${MEDICINES}) g`);
  });
  // Order g belongs to checkout k: every 10th checkout is split (orders g and g+1 share it).
  // Lines: 1-5 per order; medicine, quantity and price are hashes of (order, line).
  const checkout = `CASE WHEN g % 10 = 1 THEN g - 1 ELSE g END`;
  const lines = `
    SELECT g, n, 'm' || (1 + ${rnd("g * 8 + n", MEDICINES)}) AS medicine,
           1 + ${rnd("g * 8 + n + 3", 3)} AS qty, 199 + ${rnd("g * 8 + n + 5", 4800)} AS unit,
           CASE WHEN ${rnd("g * 8 + n + 7", 10)} = 0 THEN 50 ELSE 0 END AS discount
    FROM generate_series(1, ${ORDERS}) g, generate_series(1, 1 + ${rnd("g", 5)}) n`;
  await seconds("orders", () =>
    run(`INSERT INTO "Order" (id, number, "checkoutId", "customerId", "sellerId", status, "subtotalCents", "discountCents",
        "shippingCents", "totalCents", "shippingName", "shippingLine1", "shippingCity", "shippingPostal", "shippingCountry",
        phone, "createdAt", "updatedAt")
      SELECT 'o' || g, g, 'k' || ${checkout}, 'c' || (1 + ${rnd(checkout, CUSTOMERS)}), 's' || (1 + ${rnd("g * 31", SELLERS)}),
             (CASE WHEN ${rnd("g * 17", 100)} < 80 THEN 'DELIVERED' WHEN ${rnd("g * 17", 100)} < 88 THEN 'CANCELLED'
                   WHEN ${rnd("g * 17", 100)} < 92 THEN 'PLACED' WHEN ${rnd("g * 17", 100)} < 96 THEN 'PROCESSING'
                   ELSE 'SHIPPED' END)::"OrderStatus",
             s.sub, s.disc, CASE WHEN g % 3 = 0 THEN 499 ELSE 0 END, s.sub - s.disc + CASE WHEN g % 3 = 0 THEN 499 ELSE 0 END,
             'Bench', '1 Bench Road', 'Benchville', '12345', 'US', '+10000000000',
             date_trunc('milliseconds', now() - interval '${DAYS} days' * (1 - (${checkout})::float8 / ${ORDERS})), now()
      FROM (SELECT g, SUM(qty * unit)::int AS sub, SUM(discount)::int AS disc FROM (${lines}) l GROUP BY g) s
      ORDER BY g`),
  );
  await run(`SELECT setval(pg_get_serial_sequence('"Order"', 'number'), ${ORDERS})`);
  // The copy and check triggers would look every line's order up; the bulk insert joins it once instead.
  await seconds("order lines", async () => {
    await run(`ALTER TABLE "OrderItem" DISABLE TRIGGER "OrderItem_copy_order"`);
    await run(`ALTER TABLE "OrderItem" DISABLE TRIGGER "OrderItem_check_copies"`);
    await run(`INSERT INTO "OrderItem" (id, "orderId", "medicineId", name, strength, "unitPriceCents", "discountCents", quantity,
        "lineTotalCents", "orderCreatedAt", "orderStatus", "orderSellerId")
      SELECT 'i' || l.g || '-' || l.n, o.id, l.medicine, 'Medicine', '500 mg', l.unit, l.discount, l.qty,
             l.qty * l.unit - l.discount, o."createdAt", o.status, o."sellerId"
      FROM (${lines}) l JOIN "Order" o ON o.id = 'o' || l.g`);
    await run(`ALTER TABLE "OrderItem" ENABLE TRIGGER "OrderItem_copy_order"`);
    await run(`ALTER TABLE "OrderItem" ENABLE TRIGGER "OrderItem_check_copies"`);
  });
  // The triggers appended the rollup deltas: fold them now, as the job worker would have, so the
  // folded tables get their statistics below (autovacuum is off on this machine).
  await seconds("fold the rollup deltas", () => run(`SELECT "healio_rollup_fold"()`));
  await seconds("VACUUM ANALYZE", async () => {
    for (const table of ["user", "SellerProfile", "Category", "Medicine", "Order", "OrderItem", ...ROLLUP_TABLES]) {
      await run(`VACUUM ANALYZE "${table}"`);
    }
  });
}

