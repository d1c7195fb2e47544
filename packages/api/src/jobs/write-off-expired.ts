import type { Db } from "@healio/db";
import { applyStockMovement } from "../inventory/apply-stock-movement";

export type WriteOffResult = { batches: number; units: number; marked: number };

type DueBatch = { id: string; medicineId: string; lotNumber: string };

/**
 * The scheduled write-off of expired lots (issue #11). Selling already stopped the instant each
 * lot expired (catalog/sellable.ts compares with now()); this job takes the units off the books:
 * per lot one transaction that locks the medicine row, then the lot (the order every stock writer
 * follows), re-checks it, writes its remaining units off through the ledger (reason
 * WRITE_OFF_EXPIRY, batchId, audit row, actor null = the system) and marks it EXPIRED. A lot
 * that expired with no units left is only marked. RECALLED lots are left alone: their units wait
 * for the recall. Safe to run twice or in two workers at once: a lot already written off is skipped.
 */
export async function writeOffExpiredBatches(db: Db, options: { now?: Date; limit?: number } = {}): Promise<WriteOffResult> {
  const now = options.now ?? new Date();
  const due = await db.$queryRaw<DueBatch[]>`
    SELECT id, "medicineId", "lotNumber" FROM "Batch"
    WHERE "expiresAt" <= ${now} AND quantity > 0 AND state IN ('AVAILABLE', 'QUARANTINED', 'EXPIRED')
    ORDER BY "expiresAt", id
    LIMIT ${options.limit ?? 500}`;
  const result: WriteOffResult = { batches: 0, units: 0, marked: 0 };
  for (const batch of due) {
    const units = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Medicine" WHERE id = ${batch.medicineId} FOR UPDATE`;
      const [row] = await tx.$queryRaw<{ quantity: number }[]>`
        SELECT quantity FROM "Batch"
        WHERE id = ${batch.id} AND "expiresAt" <= ${now} AND state IN ('AVAILABLE', 'QUARANTINED', 'EXPIRED')
        FOR UPDATE`;
      if (!row || row.quantity <= 0) return 0;
      await applyStockMovement(tx, {
        medicineId: batch.medicineId,
        sellerId: null,
        batchId: batch.id,
        delta: -row.quantity,
        reason: "WRITE_OFF_EXPIRY",
        actorId: null,
        note: `Lot ${batch.lotNumber} expired (scheduled write-off)`,
      });
      await tx.batch.update({ where: { id: batch.id }, data: { state: "EXPIRED" } });
      return row.quantity;
    });
    if (units > 0) {
      result.batches += 1;
      result.units += units;
    }
  }
  // Expired lots without units: only the state changes (nothing to write off).
  result.marked = await db.$executeRaw`
    UPDATE "Batch" SET state = 'EXPIRED', "updatedAt" = now()
    WHERE "expiresAt" <= ${now} AND quantity = 0 AND state IN ('AVAILABLE', 'QUARANTINED')`;
  return result;
}
