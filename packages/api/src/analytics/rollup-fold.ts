import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";

/*
 * Folding the rollup deltas (analytics_rollup_deltas migration): checkouts append signed deltas to
 * "<table>Delta" instead of updating shared rollup rows, and healio_rollup_fold() moves the
 * committed ones into their tables in one transaction, one fold at a time. Readers add pending
 * deltas to their table (rollup-sources.ts), so a fold never changes a figure: it only keeps the
 * delta tables short. The job worker folds every few seconds (jobs/worker.ts); the dashboard
 * folds first only when the worker has fallen behind (foldIfBacklogged).
 */

/** Folds every committed delta; resolves with how many delta rows it folded. */
export async function foldRollupDeltas(db: DbOrTx): Promise<number> {
  const [row] = await db.$queryRaw<{ folded: bigint }[]>(Prisma.sql`SELECT "healio_rollup_fold"() AS folded`);
  return Number(row?.folded ?? 0);
}

/**
 * Pending medicine-span deltas (the largest: one row per order line and status, at the finest
 * span level since analytics_rollup_fine_deltas) above which the dashboard folds before reading.
 * Below it, reading the deltas alongside their table costs less than a fold (bench/README.md,
 * "Rollups"), above it the worker is not keeping up and the reads would grow with the backlog.
 * Counting stops at the threshold, so the check stays cheap.
 */
export const FOLD_BACKLOG_ROWS = 20_000;

export async function foldIfBacklogged(db: DbOrTx, threshold = FOLD_BACKLOG_ROWS): Promise<number> {
  const [row] = await db.$queryRaw<{ pending: bigint }[]>(Prisma.sql`
    SELECT count(*) AS pending FROM (SELECT 1 FROM "AnalyticsMedicineRollupDelta" LIMIT ${threshold}) d`);
  if (Number(row?.pending ?? 0) < threshold) return 0;
  return foldRollupDeltas(db);
}
