import type { Db } from "@healio/db";

/*
 * Reading the analytics rollups in tests (analytics_rollups + analytics_rollup_deltas migrations):
 * how many deltas are pending, and every non-zero row of the rollup tables, to compare what the
 * triggers kept (once folded) with a rebuild from scratch.
 */

export async function pendingRollupDeltas(db: Db): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`
    SELECT (SELECT count(*) FROM "AnalyticsHourRollupDelta") + (SELECT count(*) FROM "AnalyticsCheckoutHourRollupDelta")
         + (SELECT count(*) FROM "AnalyticsMedicineRollupDelta") + (SELECT count(*) FROM "AnalyticsSellerRollupDelta") AS n`);
  return Number(row!.n);
}

export async function rollupTableRows(db: Db): Promise<unknown[]> {
  return db.$queryRawUnsafe<unknown[]>(`
    SELECT 'hour' AS t, hour::text AS k, status::text AS s, "revenueCents"::text || '/' || units || '/' || orders || '/' || "shippingCents" AS v
      FROM "AnalyticsHourRollup" WHERE "revenueCents" <> 0 OR units <> 0 OR orders <> 0 OR "shippingCents" <> 0
    UNION ALL SELECT 'checkout', hour::text || ' ' || "checkoutId", NULL, "statusMask"::text FROM "AnalyticsCheckoutRollup" WHERE "statusMask" <> 0
    UNION ALL SELECT 'checkouts', hour::text, "statusMask"::text, checkouts::text FROM "AnalyticsCheckoutHourRollup" WHERE checkouts <> 0
    UNION ALL SELECT 'medicine', level || ':' || bucket || ' ' || "medicineId", status::text, "revenueCents" || '/' || units
      FROM "AnalyticsMedicineRollup" WHERE "revenueCents" <> 0 OR units <> 0
    UNION ALL SELECT 'seller', level || ':' || bucket || ' ' || "sellerId", status::text, "revenueCents" || '/' || units || '/' || orders
      FROM "AnalyticsSellerRollup" WHERE "revenueCents" <> 0 OR units <> 0 OR orders <> 0
    UNION ALL SELECT 'medicine basis', level || ':' || bucket || ' ' || "medicineId", basis, "revenueCents" || '/' || units
      FROM "AnalyticsMedicineBasisRollup" WHERE "revenueCents" <> 0 OR units <> 0
    UNION ALL SELECT 'category basis', level || ':' || bucket || ' ' || "categoryId", basis, "revenueCents" || '/' || units
      FROM "AnalyticsCategoryBasisRollup" WHERE "revenueCents" <> 0 OR units <> 0
    ORDER BY 1, 2, 3`);
}

/** Folds the pending deltas, then rebuilds: the rows before and after (they must be equal). */
export async function keptAndRebuiltRollups(db: Db): Promise<{ kept: unknown[]; rebuilt: unknown[] }> {
  await db.$queryRawUnsafe(`SELECT "healio_rollup_fold"()`);
  const kept = await rollupTableRows(db);
  await db.$executeRawUnsafe(`SELECT "healio_rollup_rebuild"()`);
  return { kept, rebuilt: await rollupTableRows(db) };
}
