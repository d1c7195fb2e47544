import { Prisma } from "@healio/db";
import { ROLLUP_SPAN_LEVELS } from "./rollup-plan";

/*
 * The shared-row rollups and their columns. Checkouts do not update these rows: their triggers
 * append signed deltas to "<table>Delta", which healio_rollup_fold() (rollup-fold.ts) moves into
 * the table now and then (analytics_rollup_deltas migration). A reader therefore reads a table
 * together with its pending deltas: one statement's snapshot sees each delta either pending or
 * folded, so every sum is exact whether or not a fold ran. Readers only add the rows up (per
 * status, mask, medicine or seller), so the deltas need not be summed per key first.
 * The basis rollups (analytics_basis_rollups migration) have no deltas of their own: the fold keeps
 * them equal to the folded medicine rows, so readers add the pending medicine deltas to them.
 */
const COLUMNS = {
  AnalyticsHourRollup: ["hour", "status", "revenueCents", "units", "orders", "shippingCents"],
  AnalyticsCheckoutHourRollup: ["hour", "statusMask", "checkouts"],
  AnalyticsMedicineRollup: ["status", "medicineId", "revenueCents", "units"],
  AnalyticsSellerRollup: ["status", "sellerId", "revenueCents", "units", "orders"],
  AnalyticsMedicineBasisRollup: ["basis", "medicineId", "revenueCents", "units"],
  AnalyticsCategoryBasisRollup: ["basis", "categoryId", "revenueCents", "units"],
} as const;

export type HourRollupTable = "AnalyticsHourRollup" | "AnalyticsCheckoutHourRollup";
export type SpanRollupTable = "AnalyticsMedicineRollup" | "AnalyticsSellerRollup";
export type BasisRollupTable = "AnalyticsMedicineBasisRollup" | "AnalyticsCategoryBasisRollup";

/** An hourly rollup table's rows plus its pending deltas, as a FROM item (give it an alias). */
export function rollupRows(table: HourRollupTable): Prisma.Sql {
  const columns = COLUMNS[table].map((c) => `"${c}"`).join(", ");
  return Prisma.raw(`(SELECT ${columns} FROM "${table}" UNION ALL SELECT ${columns} FROM "${table}Delta")`);
}

/** The given spans (parallel arrays: level, bucket) as a FROM item with alias s. */
export function spansTable(levels: number[], buckets: number[]): Prisma.Sql {
  return Prisma.sql`unnest(${levels}::int[], ${buckets}::int[]) AS s (level, bucket)`;
}

/** A span rollup's folded rows of the given spans, without the level and bucket columns. */
export function spanFoldedRows(table: SpanRollupTable | BasisRollupTable, levels: number[], buckets: number[]): Prisma.Sql {
  const columns = Prisma.raw(COLUMNS[table].map((c) => `r."${c}"`).join(", "));
  return Prisma.sql`(
    SELECT ${columns} FROM ${Prisma.raw(`"${table}"`)} r
    JOIN ${spansTable(levels, buckets)} ON r.level = s.level AND r.bucket = s.bucket
  )`;
}

/**
 * A span rollup's pending deltas of the given spans, with the folded rows' columns. The triggers
 * append span deltas at the finest level only (analytics_rollup_fine_deltas migration): a delta of
 * bucket b lies in the span (level, b >> (level - min)) of every level, as the fold expands it.
 * The plan's spans are disjoint, so each delta is counted at most once.
 */
export function spanDeltaRows(table: SpanRollupTable, levels: number[], buckets: number[]): Prisma.Sql {
  const columns = Prisma.raw(COLUMNS[table].map((c) => `d."${c}"`).join(", "));
  const min = Prisma.raw(String(ROLLUP_SPAN_LEVELS.min));
  return Prisma.sql`(
    SELECT ${columns} FROM ${Prisma.raw(`"${table}Delta"`)} d
    JOIN ${spansTable(levels, buckets)} ON d.bucket >> (s.level - ${min}) = s.bucket
  )`;
}

/** A span rollup's rows of the given spans plus its pending deltas of those spans (give it an alias). */
export function spanRows(table: SpanRollupTable, levels: number[], buckets: number[]): Prisma.Sql {
  return Prisma.sql`(${spanFoldedRows(table, levels, buckets)} UNION ALL ${spanDeltaRows(table, levels, buckets)})`;
}
