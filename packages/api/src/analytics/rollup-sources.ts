import { Prisma } from "@healio/db";
import { ROLLUP_SPAN_LEVELS } from "./rollup-plan";

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
  AnalyticsMedicineRollup: ["status", "medicineId", "revenueCents", "units"],
  AnalyticsSellerRollup: ["status", "sellerId", "revenueCents", "units", "orders"],
} as const;

export type HourRollupTable = "AnalyticsHourRollup" | "AnalyticsCheckoutHourRollup";
export type SpanRollupTable = "AnalyticsMedicineRollup" | "AnalyticsSellerRollup";

/** An hourly rollup table's rows plus its pending deltas, as a FROM item (give it an alias). */
export function rollupRows(table: HourRollupTable): Prisma.Sql {
  const columns = COLUMNS[table].map((c) => `"${c}"`).join(", ");
  return Prisma.raw(`(SELECT ${columns} FROM "${table}" UNION ALL SELECT ${columns} FROM "${table}Delta")`);
}

/**
 * A span rollup's rows of the given spans (parallel arrays: level, bucket) plus its pending deltas
 * of those spans, as a FROM item without the level and bucket columns (give it an alias). The
 * triggers append span deltas at the finest level only (analytics_rollup_fine_deltas migration):
 * a delta of bucket b lies in the span (level, b >> (level - min)) of every level, as the fold
 * expands it. The plan's spans are disjoint, so each delta is counted at most once.
 */
export function spanRows(table: SpanRollupTable, levels: number[], buckets: number[]): Prisma.Sql {
  const columns = (alias: string) => Prisma.raw(COLUMNS[table].map((c) => `${alias}."${c}"`).join(", "));
  const min = Prisma.raw(String(ROLLUP_SPAN_LEVELS.min));
  const spans = Prisma.sql`unnest(${levels}::int[], ${buckets}::int[]) AS s (level, bucket)`;
  return Prisma.sql`(
    SELECT ${columns("r")} FROM ${Prisma.raw(`"${table}"`)} r
    JOIN ${spans} ON r.level = s.level AND r.bucket = s.bucket
    UNION ALL
    SELECT ${columns("d")} FROM ${Prisma.raw(`"${table}Delta"`)} d
    JOIN ${spans} ON d.bucket >> (s.level - ${min}) = s.bucket
  )`;
}
