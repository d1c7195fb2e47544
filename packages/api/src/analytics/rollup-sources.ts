import { Prisma } from "@healio/db";

/*
 * The shared-row rollups and their columns. Checkouts do not update these rows: their triggers
 * append signed deltas to "<table>Delta", which healio_rollup_fold() (rollup-fold.ts) moves into
 * the table now and then (analytics_rollup_deltas migration). A reader therefore reads a table
 * together with its pending deltas: one statement's snapshot sees each delta either pending or
 * folded, so every sum is exact whether or not a fold ran. Readers only add the rows up (per
 * status, mask, medicine or seller), so the deltas need not be summed per key first.
 */
const COLUMNS = {
  AnalyticsHourRollup: ["hour", "status", "revenueCents", "units", "orders", "shippingCents"],
  AnalyticsCheckoutHourRollup: ["hour", "statusMask", "checkouts"],
  AnalyticsMedicineRollup: ["level", "bucket", "status", "medicineId", "revenueCents", "units"],
  AnalyticsSellerRollup: ["level", "bucket", "status", "sellerId", "revenueCents", "units", "orders"],
} as const;

export type RollupTable = keyof typeof COLUMNS;

/** A rollup table's rows plus its pending deltas, as a FROM item (give it an alias). */
export function rollupRows(table: RollupTable): Prisma.Sql {
  const columns = COLUMNS[table].map((c) => `"${c}"`).join(", ");
  return Prisma.raw(`(SELECT ${columns} FROM "${table}" UNION ALL SELECT ${columns} FROM "${table}Delta")`);
}
